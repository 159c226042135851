package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many more callers than places: the ones beyond clientfit.evaluation.max-in-flight are answered 503 overloaded
 * at once, and every admitted one is stored. Then SIGTERM under the same load: the evaluations in flight finish
 * with their commits and the service stops within seconds. Counted against what the store holds afterwards.
 */
class OverloadProcessTests {

    private static final int CALLERS = 24;
    private static final Duration LOAD = Duration.ofSeconds(8);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(25);

    @Test
    void shouldRefuseEvaluationsBeyondTheLimitAtOnceAndStoreEveryAdmittedOneThroughSigterm(@TempDir Path folder) throws Exception {
        ProcessStorage storage = ProcessStorage.defaultIn(folder);
        EvaluationLoad load;
        Duration stopping;
        try (ServiceProcess service = ServiceProcess.start(folder, List.of("-Xmx512m"), Map.of("clientfit.evaluation.max-in-flight", "2"))) {
            load = new EvaluationLoad(service, CALLERS, (caller, n) -> "overload-" + caller + "-" + n);
            Thread.sleep(LOAD.toMillis());
            long terminated = System.nanoTime();
            boolean ended = service.terminate(STOP_LIMIT);
            stopping = Duration.ofNanos(System.nanoTime() - terminated);
            load.close();
            assertThat(ended).as("ended within %s of SIGTERM:%n%s", STOP_LIMIT, service.logTail()).isTrue();
        }
        EvaluationLoad.Tally tally = load.tally(EvaluationLoad.storedByClient(storage.connect()));
        List<EvaluationLoad.Answer> overloaded = load.answers().stream().filter(a -> a.status() == 503).toList();
        Duration slowestRefusal = overloaded.stream().map(EvaluationLoad.Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
        List<Duration> admitted = load.answers().stream().filter(a -> a.status() == 200).map(EvaluationLoad.Answer::took).sorted().toList();
        System.out.printf("Overload, %d callers on 2 places for %d s, then SIGTERM: %s; admitted answers took %d ms (median); "
                        + "slowest refusal %d ms; stopped %d ms after SIGTERM%n", CALLERS, LOAD.toSeconds(), tally,
                admitted.isEmpty() ? 0 : admitted.get(admitted.size() / 2).toMillis(), slowestRefusal.toMillis(), stopping.toMillis());

        assertThat(overloaded).as("answered 503 beyond the limit").isNotEmpty()
                .allMatch(a -> "urn:clientfit:problem:overloaded".equals(a.type()) && "1".equals(a.retryAfter()), "overloaded, Retry-After: 1");
        assertThat(tally.byStatus()).as("answers by status").containsKey(200).doesNotContainKey(500);
        assertThat(tally.lost()).as("acknowledged (200) but not stored: " + tally).isZero();
        assertThat(tally.storedFor503()).as("stored although answered 503: " + tally).isZero();
        assertThat(tally.duplicated()).as("stored twice: " + tally).isZero();
    }
}
