package app.clientfit.rules;

import static app.clientfit.spreadsheet.TestWorkbooks.payment;
import static app.clientfit.spreadsheet.TestWorkbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.unit.DataSize;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.EvaluatorWorkbookTestRunner;
import app.clientfit.evaluation.RunLimits;
import app.clientfit.spreadsheet.TestWorkbooks;

/**
 * A candidate whose workbook tests run into a limit is refused with the place of the rule that was firing,
 * not of the test, and its remaining tests are not run.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TestsSheetLimitsTests {


    @Test
    void shouldRefuseTheCandidateOfALoopingRuleAtItsLineAndNotRunTheRemainingTests() {
        byte[] tests = TestWorkbooks.workbook(workbook -> rows(workbook.createSheet("Tests"), new Object[][] {
                {"Test", "Expected verdict", "stage", "invoicesTotal", "invoicesPaidLate"},
                {"Late payer", "BAD", "ACTIVE", 10, 7},
                {"Pays on time", "REVIEW", "ACTIVE", 10, 0}}));

        Candidate candidate = new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), Clock.systemUTC()).build(List.of(
                RuleFile.of("rules/loop.drl", RuleFolders.LOOP.getBytes(StandardCharsets.UTF_8)), RuleFile.of("rules/payment.xlsx", payment()),
                RuleFile.of("rules/tests.xlsx", tests)));

        assertThat(candidate.valid()).isFalse();
        assertThat(candidate.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("rules/loop.drl");
            assertThat(problem.location()).isEqualTo("line 4");
            assertThat(problem.message()).startsWith("test 'Late payer' (rules/tests.xlsx, sheet Tests, row 2): the evaluation was "
                    + "stopped after 10,000 rule firings, the limit, because of the rule 'Loop' (rules/loop.drl, line 4).")
                    .endsWith("The remaining tests were not run.");
        });
        assertThat(candidate.tests()).singleElement().satisfies(test -> {
            assertThat(test.name()).isEqualTo("Late payer");
            assertThat(test.passed()).isFalse();
        });
    }

    @Test
    void shouldRefuseALoopingRuleAddedToTheShippedRulebookWithItsFileAndLine() {
        List<RuleFile> files = new ArrayList<>(new RuleFolder(Path.of("rules")).read());
        files.add(RuleFile.of("rules/loop.drl", RuleFolders.LOOP.getBytes(StandardCharsets.UTF_8)));

        Candidate candidate = new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), Clock.systemUTC()).build(files);

        assertThat(candidate.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("rules/loop.drl");
            assertThat(problem.location()).isEqualTo("line 4");
            assertThat(problem.message()).contains("because of the rule 'Loop' (rules/loop.drl, line 4)");
        });
        assertThat(candidate.tests()).hasSize(1);
    }

    @Test
    void shouldRefuseTheCandidateOfAConditionThatRunsForHoursAtTheRuleWithThePattern() {
        String pattern = """
                package clientfit.rules;
                import app.clientfit.facts.Client;

                rule "Endless pattern"
                when
                    Client(name matches "(.*a){20}$")
                then
                end
                """;
        byte[] tests = TestWorkbooks.workbook(workbook -> rows(workbook.createSheet("Tests"), new Object[][] {
                {"Test", "Expected verdict", "stage", "name"},
                {"Many a", "REVIEW", "ACTIVE", "a".repeat(40) + "!"},
                {"Bob", "REVIEW", "ACTIVE", "Bob"}}));
        Evaluator evaluator = new Evaluator(new RunLimits(10_000, Duration.ofMillis(200), DataSize.ofMegabytes(256)));

        Candidate candidate = new RuleSetCandidates(new EvaluatorWorkbookTestRunner(evaluator), Clock.systemUTC()).build(List.of(
                RuleFile.of("rules/pattern.drl", pattern.getBytes(StandardCharsets.UTF_8)), RuleFile.of("rules/tests.xlsx", tests)));

        assertThat(candidate.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("rules/pattern.drl");
            assertThat(problem.location()).isEqualTo("line 4");
            assertThat(problem.message()).contains("0.2 s, the time limit", "no rule was firing", "the 'matches' condition of the rule 'Endless pattern'");
        });
        assertThat(candidate.tests()).hasSize(1);
    }
}
