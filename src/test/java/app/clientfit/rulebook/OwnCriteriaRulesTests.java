package app.clientfit.rulebook;

import static app.clientfit.rulebook.ShippedRulebook.evaluate;
import static app.clientfit.rulebook.ShippedRulebook.finding;
import static app.clientfit.rulebook.ShippedRulebook.findingRuleNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Stage;

/** A coach's own criterion on the free attributes, with no change to Java. own-criteria.xlsx. */
class OwnCriteriaRulesTests {

    @Test
    void shouldFindABudgetBelowTheMinimum() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> c.setAttributes(Map.of("monthlyBudget", 300)));

        assertThat(finding(outcome, "Budget below minimum").reason()).isEqualTo("monthly budget of 300 is below the minimum of 500");
        assertThat(finding(outcome, "Budget below minimum").category()).isEqualTo("OWN_CRITERIA");
    }

    @Test
    void shouldAcceptABudgetAtTheMinimum() {
        assertThat(findingRuleNames(evaluate(Stage.PROSPECT, c -> c.setAttributes(Map.of("monthlyBudget", 500))))).isEmpty();
    }

    @Test
    void shouldNeverCountAnUnknownOrNonNumericBudget() {
        assertThat(evaluate(Stage.PROSPECT, c -> c.setAttributes(Map.of("industry", "Beratung"))).findings()).isEmpty();
        assertThat(evaluate(Stage.PROSPECT, c -> c.setAttributes(Map.of("monthlyBudget", "wenig"))).findings()).isEmpty();
    }
}
