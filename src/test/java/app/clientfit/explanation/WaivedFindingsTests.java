package app.clientfit.explanation;

import static app.clientfit.explanation.ShippedRulebookExplained.explain;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.clientfit.facts.Stage;

/** Seed 001's exception: a finding the eager learner waived names the rule that waived it and where it lives. */
class WaivedFindingsTests {

    @Test
    void theEagerLearnersWaiverNamesTheRuleAndItsLine() {
        Explanation explanation = explain(Stage.PROSPECT, c -> {
            c.setKnowsNumbers(false);
            c.setWillingToLearn(true);
        });

        assertThat(explanation.waived()).containsExactly(new Explanation.WaivedFinding("Cannot state numbers", "Eager learner",
                "rules/eager-learner-exception.drl", "line 12"));
        assertThat(explanation.notFired()).extracting(Explanation.NotFiredRule::rule).doesNotContain("Eager learner", "Cannot state numbers");
    }

    @Test
    void nothingIsWaivedWhenTheExceptionDoesNotApply() {
        Explanation explanation = explain(Stage.PROSPECT, c -> {
            c.setKnowsNumbers(false);
            c.setWillingToLearn(false);
        });

        assertThat(explanation.waived()).isEmpty();
    }
}
