package app.clientfit.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.RuleTests;
import app.clientfit.rules.Candidate;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSetCandidates;
import app.clientfit.rules.TestResult;
import app.clientfit.spreadsheet.RuleTestCase;
import app.clientfit.spreadsheet.RuleTestReader;

/** The shipped rulebook tests itself: one row per seed persona in rules/rulebook-tests.xlsx, and all pass. */
class RulebookTestsSheetTests {

    @Test
    void shipsATestForEveryPersonaOfTheSampleData() throws IOException {
        List<RuleTestCase> tests = RuleTestReader.read(Files.readAllBytes(ShippedRulebook.FOLDER.resolve("rulebook-tests.xlsx"))).cases();

        assertThat(tests).extracting(test -> test.facts().get("name")).containsExactlyInAnyOrderElementsOf(personaNames());
        assertThat(tests).allSatisfy(test -> assertThat(test.mustFire()).isNotEmpty());
    }

    @Test
    void everyTestOfTheShippedRulebookPasses() {
        Candidate candidate = new RuleSetCandidates(new RuleTests(new Evaluator()), Clock.systemUTC())
                .build(new RuleFolder(ShippedRulebook.FOLDER).read());

        assertThat(candidate.errors()).isEmpty();
        assertThat(candidate.tests()).hasSize(8).allMatch(TestResult::passed);
    }

    private static List<String> personaNames() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            return files.filter(f -> f.toString().endsWith(".json")).map(f -> {
                try {
                    return json.readTree(f.toFile()).get("name").asText();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
