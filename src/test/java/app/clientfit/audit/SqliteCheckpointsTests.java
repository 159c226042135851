package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

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

        try (SqliteCheckpoints checkpoints = new SqliteCheckpoints(store, Duration.ofMillis(100), null, new SimpleMeterRegistry())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Files.size(file) == before && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }

        assertThat(Files.size(file)).isGreaterThan(before);
        assertThat(tables.rowsMentioning("checkpoint-199")).containsExactlyInAnyOrder("evaluation.client_id", "evaluation.facts");
        store.destroy();
    }

    /** The writer never pauses here, as under steady load: without the writer's share the log grew with every write. */
    @Test
    void shouldStartTheLogAfreshWhileTheWriterKeepsCommitting() throws Exception {
        String url = ProcessStorage.sqliteUrl(folder.resolve("clientfit.sqlite"));
        try (HikariDataSource store = new HikariDataSource()) {
            store.setJdbcUrl(url);
            store.setMaximumPoolSize(3);
            Flyway.configure().dataSource(store).load().migrate();
            StoredTables tables = new StoredTables(new JdbcTemplate(store), new StoredInstants(url));
            GroupCommitWriter writer = new GroupCommitWriter(records -> { }, 16, Duration.ofSeconds(10));
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> feeders = IntStream.range(0, 4).mapToObj(feeder -> new Thread(() -> {
                while (writing.get()) {
                    writer.afterWaitingRecords(() -> tables.insertEvaluationOf("feeder-" + feeder, Instant.now()), Duration.ofSeconds(10));
                }
            })).toList();
            feeders.forEach(Thread::start);
            List<Long> framesAfterEachCheckpoint = new ArrayList<>();
            try (SqliteCheckpoints checkpoints = new SqliteCheckpoints(store, Duration.ofHours(1), writer, new SimpleMeterRegistry())) {
                for (int i = 0; i < 20; i++) {
                    Thread.sleep(50);
                    checkpoints.checkpoint();
                    framesAfterEachCheckpoint.add(checkpoints.framesInLog());
                }
            } finally {
                writing.set(false);
                for (Thread feeder : feeders) {
                    feeder.join();
                }
                writer.close();
            }

            assertThat(restarts(framesAfterEachCheckpoint)).as("times the log started afresh in %s", framesAfterEachCheckpoint)
                    .isGreaterThanOrEqualTo(3);
        }
    }

    /** A log that cannot start afresh only grows: each drop is a new start. */
    private static long restarts(List<Long> frames) {
        return IntStream.range(1, frames.size()).filter(i -> frames.get(i) < frames.get(i - 1)).count();
    }
}
