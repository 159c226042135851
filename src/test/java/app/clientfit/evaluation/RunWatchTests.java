package app.clientfit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.unit.DataSize;

/**
 * A stop sent to a run at any moment, even as it ends, stays inside the run: the thread goes on with its
 * next run, no ThreadDeath ever reaches the code after a run, and no interrupt is left behind.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RunWatchTests {

    private static final RunLimits LIMITS = new RunLimits(10_000, Duration.ofSeconds(1), DataSize.ofMegabytes(256));
    private static final int RUNS = 1000;

    @Test
    void shouldNeverLetAStopSentAtAnyMomentOfARunEscapeIt() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        AtomicInteger stopped = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger escaped = new AtomicInteger();
        AtomicReference<Throwable> wrong = new AtomicReference<>();
        AtomicReference<RunWatch> watch = new AtomicReference<>();
        AtomicBoolean working = new AtomicBoolean();
        Thread runner = new Thread(() -> {
            watch.set(new RunWatch(Thread.currentThread()));
            for (int i = 0; i < RUNS; i++) {
                try {
                    working.set(false);
                    together.await();
                    Throwable outcome = watch.get().run(LIMITS, () -> {
                        working.set(true);
                        spin(ThreadLocalRandom.current().nextInt(300));
                    });
                    if (outcome == null) {
                        finished.incrementAndGet();
                    } else if (outcome instanceof ThreadDeath && watch.get().stopSent()) {
                        stopped.incrementAndGet();
                    } else {
                        wrong.set(outcome);
                    }
                    if (Thread.currentThread().isInterrupted()) {
                        wrong.set(new AssertionError("an interrupt was left behind"));
                    }
                    spin(200); // where a stop that escaped would arrive
                    together.await();
                } catch (ThreadDeath death) {
                    escaped.incrementAndGet();
                    Thread.interrupted();
                    i = RUNS;
                } catch (Exception e) {
                    wrong.set(e);
                    i = RUNS;
                }
            }
        }, "watched-runner");
        runner.start();

        for (int i = 0; i < RUNS && runner.isAlive(); i++) {
            together.await(30, TimeUnit.SECONDS);
            while (!working.get() && runner.isAlive()) {
                Thread.onSpinWait();
            }
            spin(ThreadLocalRandom.current().nextInt(300)); // before, around or after the end of the work
            long overdue = System.nanoTime() + Duration.ofHours(1).toNanos();
            watch.get().check(overdue, Duration.ZERO); // over the time limit
            watch.get().check(overdue, Duration.ZERO); // and no firing to halt at: stopped
            together.await(30, TimeUnit.SECONDS);
        }
        runner.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(escaped.get()).as("stops that reached the code after a run").isZero();
        assertThat(wrong.get()).isNull();
        assertThat(stopped.get() + finished.get()).isEqualTo(RUNS);
        assertThat(stopped.get()).as("runs stopped").isPositive();
    }

    /** Keeps the processor busy for about this many microseconds, reaching safepoints as compiled code does. */
    private static void spin(int micros) {
        long until = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(micros);
        long sum = 0;
        while (System.nanoTime() < until) {
            sum += until % 7;
        }
        if (sum == 42) {
            System.out.print("");
        }
    }
}
