package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.storage.StoredInstants;

/** DELETE /api/clients?clientId= erases a client whose id cannot be a path segment, as the path form does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientErasureTests {

    @Autowired
    ObjectMapper json;

    @Autowired
    TestRestTemplate anonymous;

    StoredTables tables;

    @Autowired
    void lookInto(JdbcTemplate jdbc, StoredInstants instants) {
        this.tables = new StoredTables(jdbc, instants);
    }

    @Test
    void shouldEraseAClientWhoseIdCannotBeAPathSegment() throws Exception {
        String marker = UUID.randomUUID().toString();
        String client = "a/b%2F c;d\u0001e " + marker;
        String kept = "kept-" + marker;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(evaluate(client).get("evaluationId").asText());
        }
        String keptId = evaluate(kept).get("evaluationId").asText();

        ResponseEntity<JsonNode> erased = as("admin", "admin-demo").exchange(erasure(client), HttpMethod.DELETE, null, JsonNode.class);

        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(erased.getBody().get("clientId").asText()).isEqualTo(client);
        assertThat(erased.getBody().get("erased").asInt()).isEqualTo(3);
        ids.forEach(id -> assertThat(status("/api/evaluations/" + id)).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(tables.rowsMentioning(client)).isEmpty();
        assertThat(tables.rowsMentioning(kept)).isNotEmpty();
        assertThat(status("/api/evaluations/" + keptId)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldRefuseAMissingOrBlankClientIdAndEraseNothing() throws Exception {
        String kept = "kept-" + UUID.randomUUID();
        String keptId = evaluate(kept).get("evaluationId").asText();

        for (String query : List.of("", "?clientId=", "?clientId=%20%09")) {
            ResponseEntity<JsonNode> answer = as("admin", "admin-demo")
                    .exchange(URI.create(anonymous.getRootUri() + "/api/clients" + query), HttpMethod.DELETE, null, JsonNode.class);
            assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("clientId");
        }
        assertThat(status("/api/evaluations/" + keptId)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldLetOnlyAnAdministratorErase() throws Exception {
        String client = "guarded/" + UUID.randomUUID();
        String id = evaluate(client).get("evaluationId").asText();

        assertThat(as("coach", "coach-demo").exchange(erasure(client), HttpMethod.DELETE, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("auditor", "auditor-demo").exchange(erasure(client), HttpMethod.DELETE, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.exchange(erasure(client), HttpMethod.DELETE, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status("/api/evaluations/" + id)).isEqualTo(HttpStatus.OK);
    }

    private JsonNode evaluate(String clientId) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(Map.of("clientId", clientId, "stage", "ACTIVE", "complaintsPerMonth", 4));
        ResponseEntity<JsonNode> answer = as("coach", "coach-demo").postForEntity("/api/evaluations", new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private URI erasure(String clientId) {
        return URI.create(anonymous.getRootUri() + "/api/clients?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private HttpStatus status(String path) {
        return HttpStatus.valueOf(as("auditor", "auditor-demo").getForEntity(path, String.class).getStatusCode().value());
    }

    private TestRestTemplate as(String user, String password) {
        return anonymous.withBasicAuth(user, password);
    }
}
