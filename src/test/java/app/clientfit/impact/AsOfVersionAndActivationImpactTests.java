package app.clientfit.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import app.clientfit.rules.RuleFolders;

/**
 * Versions after a change: an evaluation as of the version before gives the answer that version gave, and the change
 * is measured after its activation. The tests run in order, each raising the after-hours threshold once more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clientfit.rules.watch=false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AsOfVersionAndActivationImpactTests extends OnACopyOfTheShippedRules {

    @Autowired
    TestRestTemplate http;

    @Test
    @Order(1)
    void anEvaluationAsOfAnOldVersionGivesTheAnswerStoredWithIt() {
        JsonNode stored = evaluate("", "as-of-größe-5", 5).getBody();
        raiseThreshold(10);

        JsonNode now = evaluate("", "as-of-größe-5", 5).getBody();
        ResponseEntity<JsonNode> asOf = evaluate("?rulesetVersion=" + stored.get("rulesetVersion").asText(), "as-of-größe-5", 5);

        assertThat(now.get("rulesetVersion")).isNotEqualTo(stored.get("rulesetVersion"));
        assertThat(now.get("verdict")).isNotEqualTo(stored.get("verdict"));
        assertThat(asOf.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String field : new String[] {"clientId", "verdict", "score", "findings", "firedRules", "rulesetVersion"}) {
            assertThat(asOf.getBody().get(field)).as(field).isEqualTo(stored.get(field));
        }
        JsonNode record = http.withBasicAuth("auditor", "auditor-demo")
                .getForObject("/api/evaluations/" + asOf.getBody().get("evaluationId").asText(), JsonNode.class);
        assertThat(record.get("rulesetVersion")).isEqualTo(stored.get("rulesetVersion"));
    }

    @Test
    @Order(2)
    void anUnknownVersionIsNotFound() {
        ResponseEntity<JsonNode> answer = evaluate("?rulesetVersion=0123456789ab", "nobody", 1);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().get("detail").asText()).contains("'0123456789ab'");
    }

    @Test
    @Order(3)
    void anActivationIsFollowedByItsImpactWithoutWaitingForIt() throws InterruptedException {
        evaluate("", "activation-10", 10);
        evaluate("", "activation-40", 40);
        String before = rules().get("version").asText();

        String activated = raiseThreshold(11);

        JsonNode impact = rules().get("activationImpact");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!"DONE".equals(impact.get("state").asText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            impact = rules().get("activationImpact");
        }
        assertThat(impact.get("version").asText()).isEqualTo(activated);
        assertThat(impact.get("previousVersion").asText()).isEqualTo(before);
        assertThat(impact.get("state").asText()).isEqualTo("DONE");
        assertThat(impact.get("clientsReplayed").asLong()).isEqualTo(3);
        assertThat(impact.get("changed").asLong()).isEqualTo(1);
        assertThat(impact.get("transitions").toString()).isEqualTo("{\"BAD->GOOD\":1}");
    }

    private String raiseThreshold(int afterHoursContacts) {
        RuleFolders.setCell(rules.resolve("payment-and-boundaries.xlsx"), "Boundaries", "B10", afterHoursContacts);
        ResponseEntity<JsonNode> reload = http.withBasicAuth("admin", "admin-demo").postForEntity("/api/rules/reload", null, JsonNode.class);
        assertThat(reload.getStatusCode()).isEqualTo(HttpStatus.OK);
        return reload.getBody().get("version").asText();
    }

    private JsonNode rules() {
        return http.withBasicAuth("coach", "coach-demo").getForObject("/api/rules", JsonNode.class);
    }

    private ResponseEntity<JsonNode> evaluate(String query, String clientId, int afterHoursContacts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String facts = "{\"clientId\":\"" + clientId + "\",\"stage\":\"ACTIVE\",\"afterHoursContactsPerMonth\":" + afterHoursContacts
                + ",\"valuesExpertise\":true}";
        return http.withBasicAuth("coach", "coach-demo").postForEntity("/api/evaluations" + query, new HttpEntity<>(facts, headers),
                JsonNode.class);
    }
}
