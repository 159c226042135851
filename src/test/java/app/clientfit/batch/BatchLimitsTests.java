package app.clientfit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

/** A list longer or larger than configured is answered 413 with a problem, and nothing of it is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clientfit.batch.max-rows=2", "clientfit.batch.max-upload-size=1KB"})
class BatchLimitsTests {

    TestRestTemplate coach;
    TestRestTemplate auditor;

    @Autowired
    void logIn(TestRestTemplate anonymous) {
        coach = anonymous.withBasicAuth("coach", "coach-demo");
        auditor = anonymous.withBasicAuth("auditor", "auditor-demo");
    }

    @Test
    void shouldRefuseAListWithMoreRowsThanConfigured() {
        ResponseEntity<JsonNode> answer = post("clientId,stage\nlimit-1,ACTIVE\nlimit-2,ACTIVE\nlimit-3,ACTIVE\n");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("detail").asText())
                .isEqualTo("the list has more than 2 clients (row 4); split it, or raise clientfit.batch.max-rows");
    }

    @Test
    void shouldRefuseAFileLargerThanConfigured() {
        ResponseEntity<JsonNode> answer = post("clientId,stage\n" + "large,ACTIVE\n".repeat(100));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private ResponseEntity<JsonNode> post(String csv) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "clients.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return coach.postForEntity("/api/evaluations/batch", new HttpEntity<>(parts, headers), JsonNode.class);
    }
}
