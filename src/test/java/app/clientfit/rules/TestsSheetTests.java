package app.clientfit.rules;

import static app.clientfit.spreadsheet.TestWorkbooks.payment;
import static app.clientfit.spreadsheet.TestWorkbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.EvaluatorWorkbookTestRunner;
import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.spreadsheet.TestWorkbooks;

/** A coach writes expected outcomes in a Tests sheet; a rule set whose tests fail is not activated. */
class TestsSheetTests {

    private static final String VERDICT = """
            package clientfit.rules;
            import app.clientfit.facts.Finding;
            import app.clientfit.facts.Verdict;
            rule "Verdict: bad"
                salience -100
            when
                not Verdict()
                $score : Number(intValue <= -40) from accumulate(Finding($points : points), sum($points))
            then
                insert(new Verdict(Verdict.BAD, "score " + $score));
            end
            """;
    private static final Object[] HEADER = {"Test", "Expected verdict", "Must fire", "Must not fire", "stage", "invoicesTotal",
            "invoicesPaidLate", "averageDaysLate", "attributes.monthlyBudget", "Notes"};

    private final RuleSetCandidates candidates = new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), Clock.systemUTC());

    @Test
    void shouldActivateTheRuleSetWhenItsTestsPass() {
        Candidate candidate = build(
                new Object[] {"Late payer", "BAD", "Late payer, Verdict: bad", "Pays very late", "ACTIVE", 10, 7, 5, 2500, "Müller"},
                new Object[] {"Pays on time", "REVIEW", "", "Late payer", "ACTIVE", 10, 0, null, null, null});

        assertThat(candidate.valid()).isTrue();
        assertThat(candidate.tests()).extracting(WorkbookTestResult::name, WorkbookTestResult::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Late payer", true), org.assertj.core.groups.Tuple.tuple("Pays on time", true));
        assertThat(candidate.tests().get(0).firedRules()).containsExactly("Late payer", "Verdict: bad");
    }

    @Test
    void shouldKeepTheRuleSetOutForAWrongVerdictAndNameRowExpectedActualAndFiredRules() {
        Candidate candidate = build(new Object[] {"Slow payer", "GOOD", null, null, "ACTIVE", 10, 7, null, null, null});

        assertThat(candidate.valid()).isFalse();
        assertThat(candidate.errors()).containsExactly(new RuleProblem("rules/tests.xlsx", "sheet Tests, row 2",
                "test 'Slow payer': expected GOOD, got BAD; rules that fired: Late payer, Verdict: bad"));
    }

    @Test
    void shouldCheckARuleThatMustFireOrMustNotFire() {
        Candidate candidate = build(new Object[] {"Slow payer", "BAD", "Pays very late", "Late payer", "ACTIVE", 10, 7, null, null, null});

        assertThat(candidate.errors()).singleElement().extracting(RuleProblem::message).isEqualTo(
                "test 'Slow payer': 'Pays very late' must fire but did not; 'Late payer' fired but must not; "
                        + "rules that fired: Late payer, Verdict: bad");
    }

    @Test
    void shouldSuggestTheRealRuleNameForAMisspeltOneInATest() {
        Candidate candidate = build(new Object[] {"Slow payer", "BAD", "Late payr", null, "ACTIVE", 10, 7, null, null, null});

        assertThat(candidate.errors()).singleElement().extracting(RuleProblem::message).asString()
                .contains("no rule is named 'Late payr' — did you mean 'Late payer'?");
    }

    @Test
    void shouldNameTheCellOfAFactThatIsNotOfTheFieldsType() {
        Candidate candidate = build(new Object[] {"Slow payer", "BAD", null, null, "ACTIVE", "ten", 7, null, null, null});

        assertThat(candidate.errors()).containsExactly(new RuleProblem("rules/tests.xlsx", "sheet Tests, cell F2", "'ten' is not a whole number"));
    }

    @Test
    void shouldSuggestTheFieldForAnUnknownFactColumn() {
        byte[] tests = TestWorkbooks.workbook(workbook -> rows(workbook.createSheet("Tests"), new Object[][] {
                {"Test", "Expected verdict", "stage", "invoicesPaidLat"},
                {"Slow payer", "BAD", "ACTIVE", 7}}));

        Candidate candidate = candidates.build(files(tests));

        assertThat(candidate.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("sheet Tests, cell D1");
            assertThat(problem.message()).startsWith("column header 'invoicesPaidLat' is not a fact field — did you mean 'invoicesPaidLate'?");
        });
    }

    @Test
    void shouldTakeATestWithoutExpectedVerdictOrStageForAnError() {
        Candidate candidate = build(new Object[] {"Half a test", null, null, null, null, 10, 7, null, null, null});

        assertThat(candidate.errors()).extracting(RuleProblem::message).containsExactly(
                "test 'Half a test': no expected verdict; write GOOD, REVIEW or BAD",
                "test 'Half a test': the stage is missing; write PROSPECT or ACTIVE");
    }

    @Test
    void shouldAddNoRulesAndNoWarningForAWorkbookWithOnlyTests() {
        Candidate candidate = build(new Object[] {"Late payer", "BAD", null, null, "ACTIVE", 10, 7, null, null, null});

        assertThat(candidate.warnings()).isEmpty();
        assertThat(candidate.rules()).extracting(RuleDefinition::source).doesNotContain("rules/tests.xlsx");
    }

    private Candidate build(Object[]... tests) {
        Object[][] rows = new Object[tests.length + 1][];
        rows[0] = HEADER;
        System.arraycopy(tests, 0, rows, 1, tests.length);
        return candidates.build(files(TestWorkbooks.workbook(workbook -> rows(workbook.createSheet("Tests"), rows))));
    }

    private static List<RuleFile> files(byte[] tests) {
        return List.of(RuleFile.of("rules/payment.xlsx", payment()), RuleFile.of("rules/tests.xlsx", tests),
                RuleFile.of("rules/verdict.drl", VERDICT.getBytes(StandardCharsets.UTF_8)));
    }
}
