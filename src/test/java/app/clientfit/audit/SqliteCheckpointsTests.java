package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import app.clientfit.storage.StoredInstants;

/** With SQLite's automatic checkpoint off, as the default URL has it, the checkpoint thread moves the log into the file. */
class SqliteCheckpointsTests {

    @TempDir
    Path folder;

    @Test
    void shouldMoveWhatIsCommittedFromTheLogIntoTheDatabaseFile() throws Exception {
        Path file = folder.resolve("clientfit.sqlite");
        String url = ProcessStorage.sqliteUrl(file);
        SingleConnectionDataSource store = new SingleConnectionDataSource(url, true);
        Flyway.configure().dataSource(store).load().migrate();
        StoredTables tables = new StoredTables(new JdbcTemplate(store), new StoredInstants(url));
        long before = Files.size(file);
        for (int i = 0; i < 200; i++) {
            tables.insertEvaluationOf("checkpoint-" + i, Instant.now());
        }
        assertThat(Files.size(file)).as("nothing checkpointed while no one asks").isEqualTo(before);
        assertThat(Files.size(folder.resolve("clientfit.sqlite-wal"))).isPositive();

        try (SqliteCheckpoints checkpoints = new SqliteCheckpoints(store, Duration.ofMillis(100))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Files.size(file) == before && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }

        assertThat(Files.size(file)).isGreaterThan(before);
        assertThat(tables.rowsMentioning("checkpoint-199")).containsExactlyInAnyOrder("evaluation.client_id", "evaluation.facts");
        store.destroy();
    }
}
