package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 means the record is stored: the service is killed with kill -9 in the middle of a load of
 * concurrent evaluations, started again, and must still have every evaluation it answered with 200.
 */
class CrashRecoveryProcessTests {

    private static final int CLIENTS = 8;
    private static final int ANSWERS_BEFORE_KILL = 400;
    private static final int MAX_REQUESTS_PER_CLIENT = 5_000;
    private static final Duration MAX_LOAD = Duration.ofSeconds(90);
    private static final Pattern ID = Pattern.compile("\"evaluationId\":\"([0-9a-f-]{36})\"");

    @Test
    void shouldKeepEveryAnsweredEvaluationAfterKillNineOnTheDefaultStore(@TempDir Path folder) throws Exception {
        killUnderLoadAndCheck(folder, ProcessStorage.defaultIn(folder));
    }

    @Test
    void shouldKeepEveryAnsweredEvaluationAfterKillNineOnH2(@TempDir Path folder) throws Exception {
        killUnderLoadAndCheck(folder, ProcessStorage.h2In(folder));
    }

    @Test
    @ExtendWith(TestPostgres.class)
    void shouldKeepEveryAnsweredEvaluationAfterKillNineOnPostgres(@TempDir Path folder) throws Exception {
        killUnderLoadAndCheck(folder, ProcessStorage.postgres());
    }

    private void killUnderLoadAndCheck(Path folder, ProcessStorage storage) throws Exception {
        Set<String> answered = ConcurrentHashMap.newKeySet();
        try (ServiceProcess service = ServiceProcess.start(folder, List.of("-Xmx512m"), storage.properties())) {
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> load(service, client, answered, loading));
            }
            Instant deadline = Instant.now().plus(MAX_LOAD);
            while (answered.size() < ANSWERS_BEFORE_KILL && Instant.now().isBefore(deadline) && service.isAlive()) {
                Thread.sleep(20);
            }
            service.kill();
            loading.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(answered).as("evaluations answered 200 before the kill on " + storage.name()).hasSizeGreaterThanOrEqualTo(ANSWERS_BEFORE_KILL);

        try (ServiceProcess restarted = ServiceProcess.start(folder, List.of("-Xmx512m"), storage.properties())) {
            List<String> missing = new ArrayList<>();
            for (String id : answered) {
                if (restarted.get("/api/evaluations/" + id, "application/json").statusCode() != 200) {
                    missing.add(id);
                }
            }
            assertThat(missing).as("answered with 200 but not stored, of " + answered.size() + " on " + storage.name()).isEmpty();
            restarted.stop();
        }
    }

    /** One client posting evaluations until the service dies; bounded in count and time. */
    private static void load(ServiceProcess service, int client, Set<String> answered, AtomicBoolean loading) {
        Instant deadline = Instant.now().plus(MAX_LOAD);
        for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && loading.get() && Instant.now().isBefore(deadline); i++) {
            String body = "{\"clientId\":\"crash-" + client + "-" + i + "\",\"stage\":\"ACTIVE\",\"name\":\"Björn Weiß\","
                    + "\"invoicesTotal\":10,\"invoicesPaidLate\":" + (i % 10) + ",\"complaintsPerMonth\":" + (i % 5) + "}";
            try {
                HttpResponse<String> response = service.postJson("/api/evaluations", body);
                Matcher id = ID.matcher(response.body());
                if (response.statusCode() == 200 && id.find()) {
                    answered.add(id.group(1));
                }
            } catch (Exception killed) {
                return;
            }
        }
    }
}
