package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/** A service started on a broken rule folder says why it cannot evaluate, and recovers once the folder is fixed. */
class BrokenStartTests extends ServedRuleFolder {

    @DynamicPropertySource
    static void breakACell(DynamicPropertyRegistry registry) {
        RuleFolders.setCell(rules().resolve("payment-and-boundaries.xlsx"), "Boundaries", "C11", "drei");
    }

    @Test
    void shouldAnswer503WithTheCellToFixAndRecoverWhenItIsFixed() throws IOException {
        ResponseEntity<JsonNode> refused = evaluate();
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getBody().get("errors").get(0).get("location").asText()).isEqualTo("sheet Boundaries, cell C11");
        assertThat(refused.getBody().get("errors").get(0).get("message").asText()).isEqualTo("'drei' is not a number");
        assertThat(http.getForEntity("/actuator/health", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        RuleFolders.setCell(rules.resolve("payment-and-boundaries.xlsx"), "Boundaries", "C11", 3);

        await().atMost(Duration.ofSeconds(60)).until(() -> active.current().isPresent());
        ResponseEntity<JsonNode> answered = evaluate();
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answered.getBody().get("verdict").asText()).isEqualTo("BAD");
        assertThat(http.getForObject("/actuator/health", JsonNode.class).get("status").asText()).isEqualTo("UP");
    }

    private ResponseEntity<JsonNode> evaluate() throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("coach", "coach-demo").postForEntity("/api/evaluations",
                new HttpEntity<>(Files.readString(Path.of("sample-data", "nagger.json")), headers), JsonNode.class);
    }
}
