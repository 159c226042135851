package app.clientfit.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;
import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleSetCompiler;

/** A coach's own German criteria keep their umlauts in every part of an explanation. */
class UmlautExplanationTests {

    private static final InProcessExplanation RULES = new InProcessExplanation(new RuleSetCompiler(Clock.systemUTC()).compile(List.of(
            RuleFile.of("rules/eigene-kriterien.drl", """
                    package clientfit.rules;
                    import app.clientfit.facts.Client;

                    rule "Größe passt nicht"
                    when
                        Client(attributeIsTrue("Größe passt"))
                    then
                    end
                    """.getBytes(StandardCharsets.UTF_8)))));

    @Test
    void anAttributeWithUmlautsIsNamedAsTheCoachWroteIt() {
        Explanation explanation = RULES.evaluateExplained(client(Map.of("Größe passt", false)));

        assertThat(explanation.notFired()).singleElement().satisfies(rule -> {
            assertThat(rule.rule()).isEqualTo("Größe passt nicht");
            assertThat(rule.source()).isEqualTo("rules/eigene-kriterien.drl");
            assertThat(rule.text()).isEqualTo("Größe passt nicht: not met. Größe passt: no; the rule needs Größe passt: yes. line 6");
        });
    }

    @Test
    void anUnknownAttributeWithUmlautsIsListedByItsName() {
        Explanation explanation = RULES.evaluateExplained(client(Map.of()));

        assertThat(explanation.unknownFacts()).containsExactly(new Explanation.UnknownFact("attributes.Größe passt", List.of("Größe passt nicht")));
    }

    private static Client client(Map<String, Object> attributes) {
        Client client = new Client();
        client.setClientId("kundin-öztürk");
        client.setStage(Stage.PROSPECT);
        client.setAttributes(attributes);
        return client;
    }
}
