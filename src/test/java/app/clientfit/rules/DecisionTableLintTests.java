package app.clientfit.rules;

import static app.clientfit.spreadsheet.TestWorkbooks.payment;
import static app.clientfit.spreadsheet.TestWorkbooks.row;
import static app.clientfit.spreadsheet.TestWorkbooks.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.clientfit.rules.problem.RuleProblem;

/** One fixture per finding of the analysis, each with the code and the row (or cell, or line) it names. */
class DecisionTableLintTests {

    private static final String TABLE = "rules/payment.xlsx";

    private final RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());

    @Test
    void aCopiedRowIsRedundantAndNamesTheRowItRepeats() {
        List<RuleProblem> found = lint(payment(sheet -> row(sheet, 12, "Late payer again", 3, 50, null, null, "PAYMENT", -40,
                "paid late, said again")));

        assertThat(only(found, "REDUNDANT_ROW", "sheet Payment, row 13").message())
                .startsWith("row 13 repeats row 10 ('Late payer')").contains("PAYMENT, -40", "counts twice");
    }

    @Test
    void aNarrowerRowWithTheSameEffectIsRedundant() {
        List<RuleProblem> found = lint(payment(sheet -> row(sheet, 12, "Very late payer", 5, 80, null, null, "PAYMENT", -40, "late")));

        assertThat(only(found, "REDUNDANT_ROW", "sheet Payment, row 13").message())
                .contains("every client row 13 ('Very late payer') matches also matches row 10 ('Late payer')");
    }

    @Test
    void theSameConditionsWithOtherPointsConflict() {
        List<RuleProblem> found = lint(payment(sheet -> row(sheet, 12, "Late payer, mild", 3, 50, null, null, "PAYMENT", -10, "late")));

        assertThat(only(found, "CONFLICTING_ROWS", "sheet Payment, row 13").message())
                .contains("row 10 ('Late payer')", "PAYMENT, -10 here, PAYMENT, -40 there");
    }

    @Test
    void aPercentageAbove100IsImpossibleAtItsCell() {
        List<RuleProblem> found = lint(payment(sheet -> set(sheet, "C10", 150)));

        assertThat(only(found, "IMPOSSIBLE_ROW", "sheet Payment, cell C10").message())
                .isEqualTo("no client can meet row 10 ('Late payer'): '% paid late at least' asks for"
                    + " latePaymentPercent at least 150, but latePaymentPercent lies between 0 and 100");
    }

    @Test
    void aCountBelowZeroWithAtMostIsImpossible() {
        List<RuleProblem> found = lint(payment(sheet -> {
            set(sheet, "E8", "paymentRemindersSent <= $param");
            set(sheet, "E9", "Reminders sent at most");
            set(sheet, "E12", -1);
        }));

        assertThat(only(found, "IMPOSSIBLE_ROW", "sheet Payment, cell E12").message())
                .contains("paymentRemindersSent at most -1", "is never below 0");
    }

    @Test
    void aBetweenWhoseLowerBoundIsAboveItsUpperIsImpossible() {
        List<RuleProblem> found = lint(payment(sheet -> {
            set(sheet, "B8", "invoicesTotal >= $1 && invoicesTotal <= $2");
            set(sheet, "B9", "Invoices between");
            set(sheet, "B10", "10, 5");
        }));

        assertThat(only(found, "IMPOSSIBLE_ROW", "sheet Payment, cell B10").message())
                .contains("'Invoices between' asks for invoicesTotal between 10 and 5", "lower bound is above the upper");
    }

    @Test
    void rowsThatDifferOnlyInTheirReasonStillCountTwice() {
        List<RuleProblem> found = lint(payment(sheet -> row(sheet, 12, "Säumig", 3, 50, null, null, "PAYMENT", -40, "zahlt spät, Müller")));

        assertThat(only(found, "REDUNDANT_ROW", "sheet Payment, row 13").message())
                .contains("row 10");
    }

    @Test
    void rowsOnDifferentFactsAreNeitherRedundantNorConflicting() {
        assertThat(lint(payment())).isEmpty();
    }

    @Test
    void aDrlConstraintNoClientCanMeetIsImpossibleAtItsLine() {
        List<RuleProblem> found = drlLint("""

                rule "Always late"
                when
                    $c : Client(latePaymentPercent > 150)
                then
                    insert(new Finding(drools.getRule().getName(), "PAYMENT", -40, "late"));
                end
                """);

        assertThat(only(found, "IMPOSSIBLE_ROW", "line 7").message())
                .contains("'Always late'", "latePaymentPercent above 150");
    }

    @Test
    void yesNoRowsWithTheSameAnswersAndOtherPointsConflict() {
        List<RuleProblem> found = lint(payment(sheet -> {
            set(sheet, "B8", "interruptsConstantly == $param");
            set(sheet, "B9", "Interrupts constantly");
            set(sheet, "B10", true);
            row(sheet, 12, "Interrupting late payer", true, 50, null, null, "PAYMENT", -10, "late");
        }));

        assertThat(only(found, "CONFLICTING_ROWS", "sheet Payment, row 13").message())
                .contains("same conditions as row 10 ('Late payer')");
    }

    @Test
    void drlConstraintsThatExcludeEachOtherAreImpossibleAtTheRule() {
        List<RuleProblem> found = drlLint("""
                rule "Few and many"
                when
                    $c : Client(invoicesTotal > 10, invoicesTotal < 5)
                then
                end

                rule "Two and a half"
                when
                    $c : Client(complaintsPerMonth == 2.5)
                then
                end
                """);

        assertThat(found).extracting(RuleProblem::code, RuleProblem::location)
                .containsExactly(tuple("IMPOSSIBLE_ROW", "line 4"), tuple("IMPOSSIBLE_ROW", "line 12"));
        assertThat(found.get(0).message()).contains("'invoicesTotal > 10' and 'invoicesTotal < 5' cannot both hold");
        assertThat(found.get(1).message()).contains("complaintsPerMonth exactly 2.5, but complaintsPerMonth is a whole number");
    }

    @Test
    void theShippedRulebookHasNoFindings() {
        Candidate rulebook = compiler.check(new RuleFolder(Path.of("rules")).read());

        assertThat(rulebook.valid()).isTrue();
        assertThat(rulebook.warnings()).filteredOn(w -> w.code() != null).isEmpty();
    }

    /** The one finding, with its code and place. */
    private static RuleProblem only(List<RuleProblem> found, String code, String location) {
        assertThat(found).extracting(RuleProblem::code, RuleProblem::location).containsExactly(tuple(code, location));
        return found.get(0);
    }

    private List<RuleProblem> drlLint(String rules) {
        String drl = "package clientfit.rules;\nimport app.clientfit.facts.Client;\nimport app.clientfit.facts.Finding;\n" + rules;
        Candidate candidate = compiler.check(List.of(RuleFile.of("rules/late.drl", drl.getBytes(StandardCharsets.UTF_8))));
        assertThat(candidate.errors()).isEmpty();
        return candidate.warnings().stream().filter(w -> w.code() != null).toList();
    }

    private List<RuleProblem> lint(byte[] workbook) {
        Candidate candidate = compiler.check(List.of(RuleFile.of(TABLE, workbook)));
        assertThat(candidate.errors()).isEmpty();
        return candidate.warnings().stream().filter(w -> w.code() != null).toList();
    }
}
