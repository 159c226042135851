package app.clientfit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Starts the service on the real rules/ folder and posts every file of sample-data/, as a user would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleDataEndToEndTests {

    private static final Map<String, String> EXPECTED_VERDICTS = Map.of(
            "chronic-late-payer.json", "BAD",
            "weekend-caller.json", "BAD",
            "nagger.json", "BAD",
            "badmouthing-prospect.json", "BAD",
            "prospect-without-offer-or-numbers.json", "BAD",
            "eager-learner.json", "GOOD",
            "ideal-client.json", "GOOD",
            "demanding-but-good.json", "GOOD");

    TestRestTemplate http;

    @Autowired
    void logInAsCoach(TestRestTemplate anonymous) {
        this.http = anonymous.withBasicAuth("coach", "coach-demo");
    }

    @Test
    void shouldGiveEverySampleClientTheSeedsVerdict() throws IOException {
        String version = http.getForObject("/api/rules", JsonNode.class).get("version").asText();

        for (Path sample : sampleFiles()) {
            ResponseEntity<JsonNode> response = post(Files.readString(sample));
            String file = sample.getFileName().toString();

            assertThat(response.getStatusCode()).as(file).isEqualTo(HttpStatus.OK);
            JsonNode body = response.getBody();
            assertThat(body.get("verdict").asText()).as(file).isEqualTo(EXPECTED_VERDICTS.get(file));
            assertThat(body.get("rulesetVersion").asText()).isEqualTo(version);
            assertThat(body.get("evaluationId").asText()).isNotBlank();
            assertThat(body.get("firedRules")).isNotEmpty();
            body.get("firedRules").forEach(rule -> assertThat(rule.get("source").asText()).startsWith("rules/"));
            body.get("findings").forEach(finding -> assertThat(finding.get("location").asText()).matches("sheet \\w+, row \\d+|line \\d+"));
        }
    }

    @Test
    void shouldKeepUmlautsOfTheClientsOwnWords() throws IOException {
        ResponseEntity<JsonNode> response = post("{\"clientId\":\"köln-ä-01\",\"stage\":\"ACTIVE\",\"attributes\":{\"monthlyBudget\":100}}");

        assertThat(response.getBody().get("clientId").asText()).isEqualTo("köln-ä-01");
    }

    @Test
    void shouldListTheActiveRulesWithTheirLocations() {
        JsonNode rules = http.getForObject("/api/rules", JsonNode.class);

        assertThat(rules.get("version").asText()).hasSize(12);
        assertThat(rules.get("sources")).hasSize(7);
        assertThat(rules.get("rules").findValuesAsText("name")).contains("Late payer", "Eager learner", "Verdict: bad");
        assertThat(rules.get("rules").findValuesAsText("location")).contains("sheet Payment, row 10");
    }

    @Test
    void shouldDescribeTheApiInOpenApi() {
        JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(api.get("paths").has("/api/evaluations")).isTrue();
        assertThat(api.get("components").get("schemas").get("EvaluationRequest").get("properties").has("invoicesPaidLate")).isTrue();
    }

    @Test
    void shouldBeHealthyWithTheShippedRules() {
        assertThat(http.getForObject("/actuator/health", JsonNode.class).get("status").asText()).isEqualTo("UP");
    }

    private ResponseEntity<JsonNode> post(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/evaluations", new HttpEntity<>(json, headers), JsonNode.class);
    }

    private static List<Path> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
