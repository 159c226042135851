package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The escapes of the sandbox issue as a user tried them, through both doors of a running service: the
 * validate upload and the watched rule folder. Each is refused with its file and line, nothing of it
 * runs (the marker never appears), no secret comes back, and evaluations keep being answered.
 */
class HostileRuleUploadsTests extends ServedRuleFolder {

    private static final String HEADER = "package clientfit.rules;\nimport app.clientfit.facts.Client;\nimport app.clientfit.facts.Finding;\n";

    static Path secret;
    static Path marker;
    static final String SECRET_TEXT = "secret-" + UUID.randomUUID();

    @DynamicPropertySource
    static void secretBesideTheFolder(DynamicPropertyRegistry registry) throws IOException {
        secret = Files.writeString(parent.resolve("secret.txt"), SECRET_TEXT);
        marker = parent.resolve("escaped");
    }

    /** A consequence reading a server file through the engine's class loader and answering it in an error. */
    static String classLoaderRead() {
        return HEADER + "rule \"Reader\" when Client() then\n"
                + "    throw new RuntimeException(new String((drools).getProjectClassLoader().getResources(\"" + secret.toUri()
                + "\").nextElement().openStream().readAllBytes()));\nend\n";
    }

    /** A comment to a rule parser, a line of code to the compiler. */
    static String escapedLineBreak() {
        return HEADER + "rule \"Runner\" when Client() then\n"
                + "    // \\u000a java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker.toString().replace('\\', '/')
                + "\"), java.nio.file.Files.readString(java.nio.file.Path.of(\"" + secret.toString().replace('\\', '/') + "\")));\nend\n";
    }

    @Test
    void shouldRefuseEachEscapeInValidateWithItsLineAndRunNothing() {
        for (String drl : List.of(classLoaderRead(), escapedLineBreak())) {
            ResponseEntity<String> answer = validate("escape.drl", drl.getBytes(StandardCharsets.UTF_8));

            assertThat(answer.getStatusCode().is2xxSuccessful()).isTrue();
            JsonNode body = parse(answer.getBody());
            assertThat(body.get("valid").asBoolean()).isFalse();
            assertThat(body.get("errors")).anySatisfy(error -> {
                assertThat(error.get("source").asText()).isEqualTo("rules/escape.drl");
                assertThat(error.get("location").asText()).startsWith("line 5");
            });
            assertThat(answer.getBody()).doesNotContain(SECRET_TEXT);
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void shouldRefuseTheSameFilesInTheWatchedFolderAndKeepServing() {
        String serving = active.require().version();
        RuleFolders.writeText(rules.resolve("escape.drl"), escapedLineBreak());
        RuleFolders.writeText(rules.resolve("reader.drl"), classLoaderRead());

        JsonNode failure = await().atMost(Duration.ofSeconds(30)).until(() -> rulesView().get("lastFailure"),
                node -> node != null && node.get("version").asText().equals(RuleFolders.version(rules)));

        assertThat(failure.get("errors")).anySatisfy(error -> {
            assertThat(error.get("source").asText()).isEqualTo("rules/escape.drl");
            assertThat(error.get("location").asText()).startsWith("line 5");
        }).anySatisfy(error -> assertThat(error.get("source").asText()).isEqualTo("rules/reader.drl"));
        assertThat(failure.toString()).doesNotContain(SECRET_TEXT);
        assertThat(marker).doesNotExist();
        assertThat(active.require().version()).isEqualTo(serving);
        ResponseEntity<String> evaluation = http.withBasicAuth("coach", "coach-demo").postForEntity("/api/evaluations",
                jsonBody("{\"clientId\":\"still-served\",\"stage\":\"ACTIVE\",\"complaintsPerMonth\":7}"), String.class);
        assertThat(evaluation.getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> validate(String name, byte[] content) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("admin", "admin-demo").postForEntity("/api/rules/validate", new HttpEntity<>(form, headers), String.class);
    }

    private JsonNode rulesView() {
        return http.withBasicAuth("coach", "coach-demo").getForObject("/api/rules", JsonNode.class);
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static JsonNode parse(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
