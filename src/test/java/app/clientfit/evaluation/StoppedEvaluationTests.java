package app.clientfit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import app.clientfit.rules.RuleFolders;

/**
 * A rule that loops for one client only: that client's evaluation answers a problem naming the rule, nothing
 * is stored for it, and every other client is answered as before. A file that loops for the workbook tests
 * is refused by validate, at its line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clientfit.rules.max-firings=500")
@DirtiesContext
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StoppedEvaluationTests {

    private static final String LOOP_FOR_ONE_CLIENT = """
            package clientfit.rules;
            import app.clientfit.facts.Client;

            rule "Loop for Jörg"
            when
                $c : Client(name == "Jörg Loop")
            then
                update($c);
            end
            """;

    @TempDir
    static Path parent;

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry registry) throws IOException {
        Path rules = RuleFolders.copyOfShipped(parent);
        Files.writeString(rules.resolve("loop-for-one-client.drl"), LOOP_FOR_ONE_CLIENT);
        registry.add("clientfit.rules.dir", rules::toString);
        registry.add("clientfit.rules.watch", () -> "false");
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void shouldAnswerTheLoopingClientWithAProblemThatNamesTheRuleAndStoreNothing() {
        ResponseEntity<JsonNode> stopped = evaluate("{\"clientId\":\"jorg-loop\",\"stage\":\"ACTIVE\",\"name\":\"Jörg Loop\"}");

        assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(stopped.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = stopped.getBody();
        assertThat(problem.get("type").asText()).isEqualTo("urn:clientfit:problem:rule-limit-exceeded");
        assertThat(problem.get("rule").asText()).isEqualTo("Loop for Jörg");
        assertThat(problem.get("source").asText()).isEqualTo("rules/loop-for-one-client.drl");
        assertThat(problem.get("location").asText()).isEqualTo("line 4");
        assertThat(problem.get("limit").asText()).isEqualTo("500 rule firings");
        assertThat(problem.get("detail").asText()).startsWith("the evaluation was stopped after 500 rule firings, the limit, because of "
                + "the rule 'Loop for Jörg' (rules/loop-for-one-client.drl, line 4).").contains("Nothing was stored");

        JsonNode stored = http.withBasicAuth("auditor", "auditor-demo").getForObject("/api/clients/jorg-loop/evaluations", JsonNode.class);
        assertThat(stored.get("totalElements").asLong()).isZero();
    }

    @Test
    void shouldAnswerEveryOtherClientAsBefore() throws IOException {
        evaluate("{\"clientId\":\"jorg-loop\",\"stage\":\"ACTIVE\",\"name\":\"Jörg Loop\"}");

        ResponseEntity<JsonNode> nagger = evaluate(Files.readString(Path.of("sample-data", "nagger.json")));

        assertThat(nagger.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(nagger.getBody().get("verdict").asText()).isEqualTo("BAD");
    }

    @Test
    void shouldRefuseAFileThatLoopsForTheWorkbookTestsInValidateAtItsLine() {
        String loopForEveryone = LOOP_FOR_ONE_CLIENT.replace("Client(name == \"Jörg Loop\")", "Client()");

        JsonNode validation = validate("loop-for-one-client.drl", loopForEveryone);

        assertThat(validation.get("valid").asBoolean()).isFalse();
        assertThat(validation.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("source").asText()).isEqualTo("rules/loop-for-one-client.drl");
            assertThat(error.get("location").asText()).isEqualTo("line 4");
            assertThat(error.get("message").asText()).contains("500 rule firings", "'Loop for Jörg'");
        });
    }

    private ResponseEntity<JsonNode> evaluate(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("coach", "coach-demo").postForEntity("/api/evaluations", new HttpEntity<>(json, headers), JsonNode.class);
    }

    private JsonNode validate(String fileName, String content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("admin", "admin-demo").postForObject("/api/rules/validate", new HttpEntity<>(body, headers), JsonNode.class);
    }
}
