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
import app.clientfit.evaluation.EvaluatorWorkbookTestRunner;
import app.clientfit.rules.Candidate;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSetCandidates;
import app.clientfit.rules.WorkbookTestResult;
import app.clientfit.spreadsheet.WorkbookTestCase;
import app.clientfit.spreadsheet.WorkbookTestReader;

/** The shipped rulebook tests itself: one row per seed persona in rules/rulebook-tests.xlsx, and all pass. */
class RulebookTestsSheetTests {

    @Test
    void shouldShipATestForEveryPersonaOfTheSampleData() throws IOException {
        List<WorkbookTestCase> tests =
                WorkbookTestReader.read(Files.readAllBytes(ShippedRulebook.FOLDER.resolve("rulebook-tests.xlsx"))).cases();

        assertThat(tests).extracting(test -> test.facts().get("name")).containsExactlyInAnyOrderElementsOf(personaNames());
        assertThat(tests).allSatisfy(test -> assertThat(test.mustFire()).isNotEmpty());
    }

    @Test
    void shouldPassEveryTestOfTheShippedRulebook() {
        Candidate candidate = new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), Clock.systemUTC())
                .build(new RuleFolder(ShippedRulebook.FOLDER).read());

        assertThat(candidate.errors()).isEmpty();
        assertThat(candidate.tests()).hasSize(8).allMatch(WorkbookTestResult::passed);
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
