package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Two instances on one PostgreSQL and one rule folder form one service: a rule change reaches both, a node
 * killed with kill -9 under load loses no evaluation it answered, the other keeps answering, and
 * {@code GET /api/cluster} lists the live nodes.
 */
@ExtendWith(TestPostgres.class)
class ClusterProcessTests {

    private static final Pattern VERSION = Pattern.compile("\"rulesetVersion\":\"([^\"]+)\"");
    private static final String PROBE = "{\"clientId\":\"cluster-probe\",\"stage\":\"ACTIVE\",\"name\":\"Jürgen Weiß\"}";
    /** Generous: the figure that counts is printed and measured on a quiet machine (bench/cluster). */
    private static final Duration CONVERGENCE_LIMIT = Duration.ofSeconds(60);

    @Test
    void shouldServeOneVersionOnEveryNodeAndLoseNothingWhenOneIsKilled(@TempDir Path folder) throws Exception {
        Path rules = folder.resolve("rules");
        FileSystemUtils.copyRecursively(Path.of("rules"), rules);
        ProcessStorage storage = ProcessStorage.postgres();
        Map<String, String> properties = new HashMap<>(storage.properties());
        properties.putAll(Map.of("clientfit.rules.dir", rules.toString(), "clientfit.cluster.heartbeat", "1s",
                "clientfit.cluster.node-timeout", "5s"));
        try (ServiceProcess a = ServiceProcess.start(directory(folder, "a"), List.of("-Xmx512m"), withId(properties, "node-a"));
             ServiceProcess b = ServiceProcess.start(directory(folder, "b"), List.of("-Xmx512m"), withId(properties, "node-b"))) {
            String first = version(a);
            assertThat(version(b)).isEqualTo(first);
            within(Duration.ofSeconds(30)).until(() -> cluster(b).contains("\"id\":\"node-a\"") && cluster(b).contains("\"id\":\"node-b\""));

            Path drl = rules.resolve("eager-learner-exception.drl");
            Files.writeString(drl, Files.readString(drl) + "\n// Geändert für den Test\n");
            long changed = System.nanoTime();
            within(CONVERGENCE_LIMIT).until(() -> !version(a).equals(first) && !version(b).equals(first));
            Duration convergence = Duration.ofNanos(System.nanoTime() - changed);
            assertThat(version(a)).isEqualTo(version(b));

            EvaluationLoad onA = new EvaluationLoad(a, 4, (caller, n) -> "a-" + caller + "-" + n);
            EvaluationLoad onB = new EvaluationLoad(b, 4, (caller, n) -> "b-" + caller + "-" + n);
            within(Duration.ofSeconds(120)).until(() -> onA.answers().size() > 100 && onB.answers().size() > 100);
            a.kill();
            int answeredByBAtKill = onB.answers().size();
            within(Duration.ofSeconds(60)).until(() -> onB.answers().size() > answeredByBAtKill + 100);
            within(Duration.ofSeconds(30)).until(() -> !cluster(b).contains("\"id\":\"node-a\""));
            onA.close();
            onB.close();

            Map<String, Integer> stored = EvaluationLoad.storedByClient(storage.connect());
            stored.remove("cluster-probe"); // asked again and again for the version, not part of the load
            EvaluationLoad.Tally tallyA = onA.tally(stored);
            EvaluationLoad.Tally tallyB = onB.tally(stored);
            System.out.printf("Two nodes: a rule change active on both after %d ms; node a killed with kill -9 under load: %s; node b: %s%n",
                    convergence.toMillis(), tallyA, tallyB);
            assertThat(tallyA.lost()).as("node a answered 200 but did not store: " + tallyA).isZero();
            assertThat(tallyB.lost()).as("node b answered 200 but did not store: " + tallyB).isZero();
            assertThat(tallyB.byStatus()).as("node b kept answering").containsOnlyKeys(200);
            assertThat(cluster(b)).contains("\"id\":\"node-b\"").doesNotContain("node-a");
        }
    }

    private static Path directory(Path folder, String name) throws IOException {
        return Files.createDirectories(folder.resolve(name));
    }

    private static Map<String, String> withId(Map<String, String> properties, String id) {
        Map<String, String> node = new HashMap<>(properties);
        node.put("clientfit.cluster.node-id", id);
        return node;
    }

    private static String version(ServiceProcess service) {
        try {
            HttpResponse<String> answer = service.postJson("/api/evaluations", PROBE);
            Matcher version = VERSION.matcher(answer.body());
            assertThat(version.find()).as("an answer with its version: " + answer.body()).isTrue();
            return version.group(1);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cluster(ServiceProcess service) {
        try {
            return service.get("/api/cluster", "application/json").body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConditionFactory within(Duration limit) {
        return await().atMost(limit).pollInterval(Duration.ofMillis(200));
    }
}
