package app.clientfit.bench;

import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The benchmark's anchor for HTTP figures (bench/run): a trivial JSON endpoint that goes through the
 * same server, filters and security as {@code POST /api/evaluations} but does no work. Exists only
 * in the {@code bench} profile.
 */
@Profile("bench")
@RestController
class BenchEchoController {

    static final String PATH = "/api/bench/echo";

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> echo(@RequestBody JsonNode body) {
        return Map.of("clientId", body.path("clientId").asText());
    }
}
