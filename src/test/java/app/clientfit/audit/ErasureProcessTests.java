package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client erased while evaluations of it are being posted and committed: none of its records answered before
 * the erasure was asked for survives it, none answered 503 is stored, and none answered after it is lost.
 */
class ErasureProcessTests {

    private static final String CLIENT = "erase/me;100%-Jürgen";
    private static final int CALLERS = 6;

    @Test
    void shouldLeaveNoRecordAnsweredBeforeTheErasureWhileEvaluationsOfTheClientGoOn(@TempDir Path folder) throws Exception {
        ProcessStorage storage = ProcessStorage.defaultIn(folder);
        EvaluationLoad load;
        long asked;
        long erased;
        HttpResponse<String> erasure;
        try (ServiceProcess service = ServiceProcess.start(folder, List.of("-Xmx512m"), Map.of())) {
            load = new EvaluationLoad(service, CALLERS, (caller, n) -> CLIENT);
            awaitAcknowledged(load, 100);
            asked = System.nanoTime();
            erasure = service.delete("/api/clients?clientId=" + URLEncoder.encode(CLIENT, StandardCharsets.UTF_8));
            erased = System.nanoTime();
            Thread.sleep(1000);
            load.close();
            service.stop();
        }
        Set<String> stored = storedIdsOf(storage.connect());
        Set<String> beforeErasure = idsAnswered(load, 200, a -> a.answeredNanos() < asked);
        Set<String> afterErasure = idsAnswered(load, 200, a -> a.sentNanos() > erased);
        System.out.printf("Erasure under %d callers: %s; answered 200 before it %d, after it %d; stored afterwards %d%n",
                CALLERS, erasure.body(), beforeErasure.size(), afterErasure.size(), stored.size());

        assertThat(erasure.statusCode()).as(erasure.body()).isEqualTo(200);
        assertThat(stored).as("records answered before the erasure was asked for").doesNotContainAnyElementsOf(beforeErasure);
        assertThat(idsAnswered(load, 200, a -> true)).as("every stored record was answered 200").containsAll(stored);
        assertThat(stored).as("records answered after the erasure answered").containsAll(afterErasure);
        assertThat(afterErasure).as("evaluations went on after the erasure").isNotEmpty();
    }

    private static Set<String> idsAnswered(EvaluationLoad load, int status, Predicate<EvaluationLoad.Answer> when) {
        return load.answers().stream().filter(a -> a.status() == status && when.test(a)).map(EvaluationLoad.Answer::evaluationId)
                .collect(Collectors.toSet());
    }

    private static Set<String> storedIdsOf(Connection connection) throws Exception {
        Set<String> ids = new HashSet<>();
        try (connection; PreparedStatement select = connection.prepareStatement("select id from evaluation where client_id = ?")) {
            select.setString(1, CLIENT);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static void awaitAcknowledged(EvaluationLoad load, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && load.answers().stream().filter(a -> a.status() == 200).count() < count) {
            Thread.sleep(20);
        }
    }
}
