package app.clientfit.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import app.clientfit.rules.RuleFolders;

/** POST /api/evaluations?explain=true and GET /api/evaluations/{id}/explanation, as a coach and an auditor call them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ExplanationEndpointsTests {

    private static final String SHARES_VALUES = "{\"clientId\":\"jörg-müller\",\"stage\":\"ACTIVE\",\"sharedValues\":true}";

    @TempDir
    static Path parent;
    static Path rules;

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry registry) {
        rules = RuleFolders.copyOfShipped(parent);
        registry.add("clientfit.rules.dir", rules::toString);
        registry.add("clientfit.rules.watch", () -> "false");
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void explainAddsWhyNotToTheAnswerAndThePlainAnswerStaysAsItWas() throws IOException {
        String eagerLearner = Files.readString(Path.of("sample-data", "eager-learner.json"));

        JsonNode explained = post("/api/evaluations?explain=true", eagerLearner).getBody();
        JsonNode plain = post("/api/evaluations", eagerLearner).getBody();

        assertThat(explained.get("verdict").asText()).isEqualTo("GOOD");
        assertThat(explained.get("evaluationId").asText()).isNotBlank();
        assertThat(explained.get("waived").toString()).isEqualTo("[{\"rule\":\"Cannot state numbers\",\"by\":\"Eager learner\","
                + "\"source\":\"rules/eager-learner-exception.drl\",\"location\":\"line 12\"}]");
        assertThat(explained.get("notFired")).isNotEmpty().allSatisfy(rule -> assertThat(rule.fieldNames()).toIterable()
                .containsExactly("rule", "source", "location", "outcome", "conditions", "text"));
        assertThat(explained.get("unknownFacts").findValuesAsText("fact")).contains("averageDaysLate");
        assertThat(plain.has("notFired")).isFalse();
        assertThat(plain.has("unknownFacts")).isFalse();
        assertThat(explained.get("findings")).isEqualTo(plain.get("findings"));
    }

    @Test
    void aStoredEvaluationIsExplainedOnTheVersionThatDecidedItAfterTheRuleFileChanged() {
        JsonNode before = post("/api/evaluations", SHARES_VALUES).getBody();
        RuleFolders.writeText(rules.resolve("verdict.drl"), read(rules.resolve("verdict.drl")).replace("intValue >= 20", "intValue >= 10"));
        assertThat(http.withBasicAuth("admin", "admin-demo").postForEntity("/api/rules/reload", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("/api/evaluations", SHARES_VALUES).getBody().get("verdict").asText()).isEqualTo("GOOD");

        JsonNode explanation = explanationOf(before.get("evaluationId").asText()).getBody();

        assertThat(explanation.get("rulesetVersion").asText()).isEqualTo(before.get("rulesetVersion").asText());
        assertThat(explanation.get("reproduced").asBoolean()).isTrue();
        assertThat(explanation.get("verdict").asText()).isEqualTo("REVIEW");
        assertThat(explanation.get("clientId").asText()).isEqualTo("jörg-müller");
        JsonNode good = notFired(explanation, "Verdict: good");
        assertThat(good.get("conditions").get(1).get("label").asText()).contains("intValue >= 20");
        assertThat(good.get("conditions").get(1).get("outcome").asText()).isEqualTo("NOT_MET");
    }

    @Test
    void aStoredEvaluationThatDoesNotReproduceSaysWhatDiffers() {
        String id = post("/api/evaluations", SHARES_VALUES).getBody().get("evaluationId").asText();
        jdbc.update("update evaluation set score = ? where id = ?", 99, UUID.fromString(id));

        JsonNode explanation = explanationOf(id).getBody();

        assertThat(explanation.get("reproduced").asBoolean()).isFalse();
        assertThat(explanation.get("differences").toString()).contains("score: stored 99, replayed 15");
    }

    @Test
    void onlyAnAuditorReadsAnExplanationAndAnUnknownOneIsNotFound() {
        String id = post("/api/evaluations", SHARES_VALUES).getBody().get("evaluationId").asText();

        assertThat(http.withBasicAuth("coach", "coach-demo").getForEntity("/api/evaluations/" + id + "/explanation", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(explanationOf(UUID.randomUUID().toString()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(explanationOf(id).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldRefuseHostileBodiesWithExplainAsThePlainEvaluationDoesAndStoreNothing() {
        Integer before = jdbc.queryForObject("select count(*) from evaluation", Integer.class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (String body : List.of("{\"clientId\":\"h\",\"stage\":\"ACTIVE\",\"unknownFact\":1}",
                "{\"clientId\":\"h\",\"clientId\":\"i\",\"stage\":\"ACTIVE\"}",
                "{\"clientId\":\"h\",\"stage\":\"ACTIVE\"} {\"clientId\":\"i\"}",
                "{\"clientId\":\"h\",\"stage\":\"ACTIVE\",\"averageDaysLate\":1e400}",
                "{\"clientId\":\"h\\u0000\",\"stage\":\"ACTIVE\"}", "")) {
            ResponseEntity<JsonNode> answer = http.withBasicAuth("coach", "coach-demo")
                    .postForEntity("/api/evaluations?explain=true", new HttpEntity<>(body, headers), JsonNode.class);

            assertThat(answer.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType()).as(body).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(jdbc.queryForObject("select count(*) from evaluation", Integer.class)).isEqualTo(before);
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = http.withBasicAuth("coach", "coach-demo").postForEntity(path, new HttpEntity<>(body, headers),
                JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response;
    }

    private ResponseEntity<JsonNode> explanationOf(String id) {
        return http.withBasicAuth("auditor", "auditor-demo").getForEntity("/api/evaluations/" + id + "/explanation", JsonNode.class);
    }

    private static JsonNode notFired(JsonNode explanation, String rule) {
        for (JsonNode notFired : explanation.get("notFired")) {
            if (notFired.get("rule").asText().equals(rule)) {
                return notFired;
            }
        }
        throw new AssertionError("'" + rule + "' is not among the rules that did not fire: " + explanation.get("notFired"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
