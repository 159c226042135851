package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

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

/** "yes" is a boolean as Spring reads it: the audit stays on and the evaluation is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clientfit.audit.enabled=yes")
class AuditSwitchedOnTests {

    TestRestTemplate http;

    @Autowired
    void logIn(TestRestTemplate anonymous) {
        this.http = anonymous.withBasicAuth("admin", "admin-demo");
    }

    @Test
    void shouldStoreTheEvaluationWhenTheSwitchSaysYes() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/evaluations",
                new HttpEntity<>(AuditTrailContract.sample("nagger.json", "stored-with-yes"), headers), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/evaluations/" + answer.getBody().get("evaluationId").asText(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
