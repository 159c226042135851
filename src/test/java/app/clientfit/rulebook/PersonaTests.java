package app.clientfit.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Client;

/** The seed personas of sample-data/ get the verdict the seeds would give them. */
class PersonaTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "chronic-late-payer, BAD, Late payer",
            "weekend-caller, BAD, Boundary crosser",
            "nagger, BAD, Nagger",
            "badmouthing-prospect, BAD, Badmouths previous provider",
            "prospect-without-offer-or-numbers, BAD, Cannot state offer",
            "eager-learner, GOOD, Eager learner",
            "ideal-client, GOOD, Refers others",
            "demanding-but-good, GOOD, High expectations"
    })
    void personaGetsTheSeedsVerdict(String persona, String verdict, String characteristicRule) throws IOException {
        Outcome outcome = new Evaluator().evaluate(persona(persona), ShippedRulebook.ruleSet());

        assertThat(outcome.verdict()).isEqualTo(verdict);
        assertThat(ShippedRulebook.findingRuleNames(outcome)).contains(characteristicRule);
    }

    @Test
    void shouldMakeEverySampleFileAPersonaWithAnExpectedVerdict() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .containsExactlyInAnyOrder("chronic-late-payer.json", "weekend-caller.json", "nagger.json",
                            "badmouthing-prospect.json", "prospect-without-offer-or-numbers.json", "eager-learner.json",
                            "ideal-client.json", "demanding-but-good.json");
        }
    }

    static Client persona(String name) throws IOException {
        return JSON.readValue(Path.of("sample-data", name + ".json").toFile(), Client.class);
    }
}
