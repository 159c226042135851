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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** A coach saves a workbook while the service runs: a good change is active within seconds, a broken one never. */
class HotReloadTests extends ServedRuleFolder {

    @Test
    void shouldActivateACellSavedThroughATemporaryFileWithinSeconds() {
        RuleFolders.setCell(rules.resolve("payment-and-boundaries.xlsx"), "Payment", "G11", -25);

        String expected = awaitAttemptOf(RuleFolders.version(rules));

        assertThat(active.require().version()).isEqualTo(expected);
        assertThat(evaluate("chronic-late-payer").get("rulesetVersion").asText()).isEqualTo(expected);
        assertThat(http.withBasicAuth("coach", "coach-demo").getForObject("/api/rules", JsonNode.class).get("lastAttempt").get("outcome").asText()).isEqualTo("ACTIVATED");
    }

    @Test
    void shouldShowABrokenCellInTheRulesWhileThePreviousVersionKeepsAnswering() {
        String serving = awaitAttemptOf(RuleFolders.version(rules));
        RuleFolders.setCell(rules.resolve("payment-and-boundaries.xlsx"), "Payment", "D11", "thirty");

        String broken = awaitAttemptOf(RuleFolders.version(rules));

        JsonNode view = http.withBasicAuth("coach", "coach-demo").getForObject("/api/rules", JsonNode.class);
        assertThat(view.get("version").asText()).isEqualTo(serving);
        assertThat(view.get("lastAttempt").get("outcome").asText()).isEqualTo("FAILED");
        assertThat(view.get("lastFailure").get("version").asText()).isEqualTo(broken);
        assertThat(view.get("lastFailure").get("changed").toString()).isEqualTo("[\"rules/payment-and-boundaries.xlsx\"]");
        assertThat(view.get("lastFailure").get("errors").get(0).toString()).contains("\"source\":\"rules/payment-and-boundaries.xlsx\"",
                "\"location\":\"sheet Payment, cell D11\"", "'thirty' is not a number");
        assertThat(evaluate("chronic-late-payer").get("rulesetVersion").asText()).isEqualTo(serving);

        RuleFolders.setCell(rules.resolve("payment-and-boundaries.xlsx"), "Payment", "D11", 30);
        String fixed = awaitAttemptOf(RuleFolders.version(rules));
        assertThat(active.require().version()).isEqualTo(fixed);
    }

    @Test
    void shouldAddANewFileAndTakeADeletedOneOut() throws IOException {
        String before = awaitAttemptOf(RuleFolders.version(rules));
        Path extra = rules.resolve("größte-geduld.drl");
        RuleFolders.writeText(extra, """
                package clientfit.rules;
                import app.clientfit.facts.Client;
                rule "Geduld mit Jörg"
                when
                    Client(name == "Jörg Sonntag")
                then
                end
                """);

        awaitAttemptOf(RuleFolders.version(rules));
        assertThat(active.require().rules()).extracting(RuleDefinition::name).contains("Geduld mit Jörg");

        Files.delete(extra);
        assertThat(awaitAttemptOf(RuleFolders.version(rules))).isEqualTo(before);
        assertThat(active.require().rules()).extracting(RuleDefinition::name).doesNotContain("Geduld mit Jörg");
    }

    private String awaitAttemptOf(String version) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> active.lastAttempt().map(a -> version.equals(a.version())).orElse(false));
        return version;
    }

    private JsonNode evaluate(String persona) {
        try {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<JsonNode> response = http.withBasicAuth("coach", "coach-demo").postForEntity("/api/evaluations",
                    new HttpEntity<>(Files.readString(Path.of("sample-data", persona + ".json")), headers), JsonNode.class);
            assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
            return response.getBody();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
