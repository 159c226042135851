package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.audit.ServiceProcess;

/**
 * The packaged service with a rule that loops dropped into its folder: the change is refused with the
 * rule's file and line, every client is still answered, and SIGTERM still stops the service promptly.
 */
class RunawayRuleProcessTests {

    private static final Duration REFUSAL_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldRefuseALoopingRuleAtItsLineWhileAnsweringClientsAndStillStopOnSigterm(@TempDir Path folder) throws Exception {
        Path rules = RuleFolders.copyOfShipped(folder);
        try (ServiceProcess service = ServiceProcess.start(folder, List.of("-Xmx512m"), Map.of("clientfit.rules.dir", rules.toString()))) {
            String serving = rules(service).get("version").asText();

            Files.writeString(rules.resolve("loop.drl"), RuleFolders.LOOP);
            JsonNode refused = awaitFailure(service);

            assertThat(refused.get("version").asText()).isEqualTo(serving);
            assertThat(refused.get("lastFailure").get("errors")).singleElement().satisfies(error -> {
                assertThat(error.get("source").asText()).isEqualTo("rules/loop.drl");
                assertThat(error.get("location").asText()).isEqualTo("line 4");
                assertThat(error.get("message").asText()).contains("because of the rule 'Loop' (rules/loop.drl, line 4)");
            });
            for (Path sample : samples()) {
                HttpResponse<String> answer = service.postJson("/api/evaluations", Files.readString(sample));
                assertThat(answer.statusCode()).as(sample + ": " + answer.body()).isEqualTo(200);
                assertThat(JSON.readTree(answer.body()).get("rulesetVersion").asText()).isEqualTo(serving);
            }

            assertThat(service.terminate(EXIT_TIMEOUT)).as("ended within %s of SIGTERM:%n%s", EXIT_TIMEOUT, service.logTail()).isTrue();
        }
    }

    private static JsonNode awaitFailure(ServiceProcess service) throws Exception {
        Instant deadline = Instant.now().plus(REFUSAL_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode view = rules(service);
            if (view.hasNonNull("lastFailure")) {
                return view;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the looping rule was not refused within " + REFUSAL_TIMEOUT + ":\n" + service.logTail());
    }

    private static JsonNode rules(ServiceProcess service) throws Exception {
        HttpResponse<String> answer = service.get("/api/rules", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static List<Path> samples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
