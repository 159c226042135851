package app.clientfit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

class BatchRunTests {

    @TempDir
    Path folder;

    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void shouldWriteRowsInTheOrderTheyCameWhileEvaluatingThemInParallel() throws Exception {
        Path file = Lists.csv(folder, ("clientId,stage\n" + IntStream.rangeClosed(1, 500).mapToObj(i -> "c-" + i + ",ACTIVE\n")
                .reduce("", String::concat)).getBytes(StandardCharsets.UTF_8));
        Lists.Collected out = new Lists.Collected();

        BatchRun.Summary summary = new BatchRun(pool, 16, 1000, rows -> { }).run(TableFormat.CSV.source(file), out, (header, row) -> {
            LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(200_000));
            return new RowResult("GOOD", row.number(), null, null, null, null, null);
        });

        assertThat(summary).isEqualTo(new BatchRun.Summary(500, 0));
        assertThat(out.rows).hasSize(501);
        IntStream.rangeClosed(1, 500).forEach(i -> assertThat(out.rows.get(i)).startsWith("c-" + i, "ACTIVE", "GOOD", i + 1));
    }

    @Test
    void shouldCountTheRowsWithErrors() throws Exception {
        Path file = Lists.csv(folder, "clientId,stage\na,ACTIVE\nb,\nc,ACTIVE\n".getBytes(StandardCharsets.UTF_8));

        BatchRun.Summary summary = new BatchRun(pool, 4, 10, rows -> { }).run(TableFormat.CSV.source(file), new Lists.Collected(),
                (header, row) -> row.cell(1).isEmpty() ? RowResult.error("stage is empty") : RowResult.NONE);

        assertThat(summary).isEqualTo(new BatchRun.Summary(3, 1));
    }

    @Test
    void shouldRefuseAListLongerThanTheLimitWithATooLargeProblem() throws Exception {
        Path file = Lists.csv(folder, "clientId,stage\na,ACTIVE\nb,ACTIVE\nc,ACTIVE\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new BatchRun(pool, 4, 2, rows -> { }).run(TableFormat.CSV.source(file), new Lists.Collected(),
                (header, row) -> RowResult.NONE)).isInstanceOfSatisfying(UnreadableTableException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                    assertThat(e.detail()).isEqualTo("the list has more than 2 clients (row 4); split it, or raise clientfit.batch.max-rows");
                });
    }

    @Test
    void shouldRefuseAnEmptyList() throws Exception {
        Path file = Lists.csv(folder, "\n\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new BatchRun(pool, 4, 2, rows -> { }).run(TableFormat.CSV.source(file), new Lists.Collected(),
                (header, row) -> RowResult.NONE)).isInstanceOf(UnreadableTableException.class).hasMessageStartingWith("the list is empty");
    }
}
