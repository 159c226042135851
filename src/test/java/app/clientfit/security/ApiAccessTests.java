package app.clientfit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The contract's "Authentication" section, path by path, with the demo users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiAccessTests {

    private static final String FACTS = "{\"clientId\":\"acme\",\"stage\":\"ACTIVE\"}";

    @Autowired
    TestRestTemplate http;

    /** Every protected endpoint with the smallest role that may call it; those of later issues included. */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of(HttpMethod.POST, "/api/evaluations", Role.COACH),
                Arguments.of(HttpMethod.GET, "/api/rules", Role.COACH),
                Arguments.of(HttpMethod.GET, "/api/evaluations", Role.AUDITOR),
                Arguments.of(HttpMethod.GET, "/api/evaluations/3f0c", Role.AUDITOR),
                Arguments.of(HttpMethod.GET, "/api/clients/acme/evaluations", Role.AUDITOR),
                Arguments.of(HttpMethod.GET, "/api/rules/stats", Role.AUDITOR),
                Arguments.of(HttpMethod.POST, "/api/rules/reload", Role.ADMIN),
                Arguments.of(HttpMethod.POST, "/api/rules/validate", Role.ADMIN),
                Arguments.of(HttpMethod.GET, "/api/rules/versions", Role.ADMIN),
                Arguments.of(HttpMethod.GET, "/api/rules/sources/verdict.drl/drl", Role.ADMIN),
                Arguments.of(HttpMethod.DELETE, "/api/clients/acme", Role.ADMIN),
                Arguments.of(HttpMethod.GET, "/api/cluster", Role.ADMIN),
                Arguments.of(HttpMethod.GET, "/api/not-yet-listed", Role.ADMIN));
    }

    @ParameterizedTest(name = "{0} {1} needs {2}")
    @MethodSource("endpoints")
    void shouldLetInOnlyTheRoleItNeedsAndTheRolesAbove(HttpMethod method, String path, Role needed) {
        assertThat(call(http, method, path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (Role role : Role.values()) {
            HttpStatus status = HttpStatus.valueOf(call(as(role), method, path).getStatusCode().value());
            if (role.compareTo(needed) < 0) {
                assertThat(status).as(role + " " + method + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
            } else {
                assertThat(status).as(role + " " + method + " " + path).isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
            }
        }
    }

    @Test
    void shouldAnswer401AsProblemWithABasicChallenge() {
        ResponseEntity<String> response = call(http, HttpMethod.POST, "/api/evaluations");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=\"ClientFit\"");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"status\":401", "\"title\":\"Authentication required\"");
    }

    @Test
    void shouldAnswer401ForAWrongPassword() {
        ResponseEntity<String> response = call(http.withBasicAuth("coach", "admin-demo"), HttpMethod.GET, "/api/rules");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void shouldAnswer403AsProblemNamingTheRoles() {
        ResponseEntity<String> response = call(as(Role.COACH), HttpMethod.POST, "/api/rules/reload");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("\"status\":403", "COACH < AUDITOR < ADMIN");
    }

    @Test
    void shouldLeaveHealthInfoAndTheApiDescriptionOpen() {
        for (String path : List.of("/actuator/health", "/actuator/info", "/v3/api-docs")) {
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void shouldExposeNoOtherActuatorEndpoint() {
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump")) {
            assertThat(as(Role.ADMIN).getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void shouldRefuseAnEncodedPathTraversalAsProblem() {
        ResponseEntity<String> response = as(Role.ADMIN).getForEntity(
                java.net.URI.create(http.getRootUri() + "/api/rules/sources/..%2F..%2Fetc%2Fpasswd/drl"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).doesNotContain("passwd");
    }

    private TestRestTemplate as(Role role) {
        String name = role.name().toLowerCase(java.util.Locale.ROOT);
        return http.withBasicAuth(name, name + "-demo");
    }

    private static ResponseEntity<String> call(TestRestTemplate client, HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path, method, new HttpEntity<>(method == HttpMethod.POST ? FACTS : null, headers), String.class);
    }
}
