package app.clientfit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

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

/** Security as the audit and the rule-source endpoints see it: who evaluated, and file names that lead nowhere. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntegratedEndpointsTests {

    private static final List<String> TRAVERSALS = List.of("..%2F..%2Fetc%2Fpasswd", "..", "%2e%2e", "..%5Cverdict.drl",
            "%2Fetc%2Fpasswd", "verdict.drl%00.txt", "....//....//etc/passwd", "%252e%252e%252fetc%252fpasswd", "~$verdict.drl",
            ".hidden.drl", "C:%5Cwindows%5Cwin.ini");

    @Autowired
    TestRestTemplate http;

    @Test
    void shouldRecordWhoEvaluated() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        JsonNode answer = http.withBasicAuth("coach", "coach-demo").postForObject("/api/evaluations",
                new HttpEntity<>("{\"clientId\":\"who-1\",\"stage\":\"ACTIVE\"}", headers), JsonNode.class);

        JsonNode record = http.withBasicAuth("auditor", "auditor-demo")
                .getForObject("/api/evaluations/" + answer.get("evaluationId").asText(), JsonNode.class);

        assertThat(record.get("caller").asText()).isEqualTo("coach");
    }

    @Test
    void shouldNeverServeAFileOutsideTheRuleSetWhateverTheFileParameter() {
        for (String traversal : TRAVERSALS) {
            for (String path : List.of("/api/rules/sources/" + traversal + "/drl",
                    "/api/rules/versions/anything/sources/" + traversal, "/api/rules/versions/anything/sources/rules/" + traversal)) {
                ResponseEntity<String> response = http.withBasicAuth("admin", "admin-demo")
                        .getForEntity(URI.create(http.getRootUri() + path), String.class);

                assertThat(response.getStatusCode().is4xxClientError()).as(path + " -> " + response.getStatusCode()).isTrue();
                assertThat(response.getBody()).as(path).doesNotContain("root:", "[boot loader]");
            }
        }
    }

    @Test
    void shouldServeTheDrlOfAFileOfTheActiveRuleSet() {
        ResponseEntity<String> response = http.withBasicAuth("admin", "admin-demo").getForEntity("/api/rules/sources/verdict.drl/drl", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("rule \"Verdict: bad\"");
    }
}
