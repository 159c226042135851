package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped and started again under a load of evaluations: while it is gone the service answers 503
 * with Retry-After quickly and health says DOWN at once; once it is back the service stores again by itself.
 * Nothing answered 200 is lost, nothing answered 503 is stored, nothing is stored twice. It prints the figures;
 * CLIENTFIT_OUTAGE_SECONDS sets how long the database is gone (default 5).
 */
class DatabaseOutageProcessTests {

    private static final int CALLERS = 8;
    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration HEALTH_LIMIT = Duration.ofSeconds(1);

    @Test
    void shouldAnswerQuicklyLoseNothingAndRecoverWhenPostgresIsStoppedUnderLoad(@TempDir Path folder) throws Exception {
        Duration outage = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("CLIENTFIT_OUTAGE_SECONDS", "5")));
        try (StoppablePostgres postgres = StoppablePostgres.start();
             ServiceProcess service = ServiceProcess.start(folder, List.of("-Xmx512m"), postgres.storage().properties())) {
            EvaluationLoad load = new EvaluationLoad(service, CALLERS, (caller, n) -> "outage-" + caller + "-" + n);
            awaitAnswers(load, 200, Long.MIN_VALUE, Duration.ofSeconds(60));

            postgres.stop();
            long stopped = System.nanoTime();
            Duration slowestHealth = Duration.ZERO;
            boolean healthDown = false;
            while (System.nanoTime() - stopped < outage.toNanos()) {
                long asked = System.nanoTime();
                HttpResponse<String> health = service.get("/actuator/health", "application/json");
                Duration took = Duration.ofNanos(System.nanoTime() - asked);
                slowestHealth = took.compareTo(slowestHealth) > 0 ? took : slowestHealth;
                healthDown |= health.statusCode() == 503 && health.body().contains("\"audit\":{\"status\":\"DOWN\"");
                Thread.sleep(250);
            }
            postgres.startAgain();
            long restarted = System.nanoTime();
            awaitAnswers(load, 200, restarted, Duration.ofSeconds(60));
            load.close();
            Duration recovery = load.answers().stream().filter(a -> a.status() == 200 && a.sentNanos() >= restarted)
                    .map(a -> Duration.ofNanos(a.answeredNanos() - restarted)).min(Duration::compareTo).orElseThrow();
            Duration slowest503 = load.answers().stream().filter(a -> a.status() == 503).map(EvaluationLoad.Answer::took)
                    .max(Duration::compareTo).orElse(Duration.ZERO);
            EvaluationLoad.Tally tally = load.tally(EvaluationLoad.storedByClient(postgres.storage().connect()));
            System.out.printf("Database outage of %d s under %d callers: %s; longest 503 %d ms; health at most %d ms; "
                            + "first 200 %d ms after PostgreSQL was back%n", outage.toSeconds(), CALLERS, tally, slowest503.toMillis(),
                    slowestHealth.toMillis(), recovery.toMillis());

            assertThat(tally.lost()).as("acknowledged (200) but not stored: " + tally).isZero();
            assertThat(tally.storedFor503()).as("stored although answered 503: %s%n%s", tally, service.logTail()).isZero();
            assertThat(tally.duplicated()).as("stored twice: " + tally).isZero();
            assertThat(tally.byStatus()).as("answers by status").containsKey(503).doesNotContainKey(0).doesNotContainKey(500);
            assertThat(load.answers()).filteredOn(a -> a.status() == 503).allMatch(a -> a.retryAfter() != null, "has Retry-After");
            assertThat(slowest503).as("longest 503, well inside the commit timeout").isLessThan(COMMIT_TIMEOUT.dividedBy(2));
            assertThat(healthDown).as("health showed the audit DOWN while PostgreSQL was stopped").isTrue();
            assertThat(slowestHealth).as("slowest health answer while PostgreSQL was stopped").isLessThan(HEALTH_LIMIT);
            assertThat(service.get("/actuator/health", "application/json").body()).startsWith("{\"status\":\"UP\"");
        }
    }

    /** Waits until the load has the given number of 200 answers to evaluations sent after the given moment. */
    private static void awaitAnswers(EvaluationLoad load, int count, long sentAfter, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline
                && load.answers().stream().filter(a -> a.status() == 200 && a.sentNanos() >= sentAfter).count() < count) {
            Thread.sleep(50);
        }
        assertThat(load.answers()).filteredOn(a -> a.status() == 200 && a.sentNanos() >= sentAfter).hasSizeGreaterThanOrEqualTo(count);
    }
}
