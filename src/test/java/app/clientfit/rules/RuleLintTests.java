package app.clientfit.rules;

import static app.clientfit.spreadsheet.TestWorkbooks.payment;
import static app.clientfit.spreadsheet.TestWorkbooks.row;
import static app.clientfit.spreadsheet.TestWorkbooks.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.EvaluatorWorkbookTestRunner;
import app.clientfit.rules.lint.LintCode;
import app.clientfit.rules.lint.LintProperties;
import app.clientfit.rules.problem.RuleProblem;

class RuleLintTests {

    /** Row 10 asks for 150 % paid late; row 13 repeats row 11. */
    private static final byte[] TWO_FINDINGS = payment(sheet -> {
        set(sheet, "C10", 150);
        row(sheet, 12, "Pays very late again", null, null, 30, null, "PAYMENT", -20, "late");
    });

    @Test
    void findingsAreWarningsThatNeverBlockByDefault() {
        Candidate candidate = build(RuleLint.warningsOnly());

        assertThat(candidate.valid()).isTrue();
        assertThat(candidate.warnings()).extracting(RuleProblem::code).contains("IMPOSSIBLE_ROW", "REDUNDANT_ROW");
    }

    @Test
    void lintErrorBlocksActivationWithTheListedCodesOnly() {
        Candidate candidate = build(new RuleLint(new LintProperties(LintProperties.Mode.ERROR, Set.of(LintCode.IMPOSSIBLE_ROW),
                Duration.ofDays(90)), Optional.empty()));

        assertThat(candidate.valid()).isFalse();
        assertThat(candidate.errors()).extracting(RuleProblem::code, RuleProblem::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IMPOSSIBLE_ROW", "sheet Payment, cell C10"));
        assertThat(candidate.warnings()).extracting(RuleProblem::code).contains("REDUNDANT_ROW").doesNotContain("IMPOSSIBLE_ROW");
    }

    @Test
    void lintErrorWithoutCodesBlocksTheTablesCodesButNotTheHistorys() {
        Candidate candidate = build(new RuleLint(new LintProperties(LintProperties.Mode.ERROR, Set.of(), Duration.ofDays(90)),
                Optional.empty()));

        assertThat(candidate.errors()).extracting(RuleProblem::code).containsExactlyInAnyOrder("IMPOSSIBLE_ROW", "REDUNDANT_ROW");
        LintProperties properties = new LintProperties(LintProperties.Mode.ERROR, Set.of(), Duration.ofDays(90));
        assertThat(properties.blocks(LintCode.NEVER_FIRED)).isFalse();
        assertThat(properties.blocks(LintCode.CONFLICTING_ROWS)).isTrue();
    }

    @Test
    void thePropertiesReadAsDocumented() {
        LintProperties properties = new Binder(new MapConfigurationPropertySource(Map.of("clientfit.rules.lint", "error",
                "clientfit.rules.lint-codes", "CONFLICTING_ROWS,IMPOSSIBLE_ROW", "clientfit.rules.never-fired-after", "30d")))
                .bind("clientfit.rules", LintProperties.class).get();

        assertThat(properties.blocks(LintCode.IMPOSSIBLE_ROW)).isTrue();
        assertThat(properties.blocks(LintCode.REDUNDANT_ROW)).isFalse();
        assertThat(properties.neverFiredAfter()).isEqualTo(Duration.ofDays(30));
    }

    private static Candidate build(RuleLint lint) {
        return new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), Clock.systemUTC(), lint)
                .build(List.of(RuleFile.of("rules/payment.xlsx", TWO_FINDINGS)));
    }
}
