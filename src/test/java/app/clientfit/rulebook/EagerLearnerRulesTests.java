package app.clientfit.rulebook;

import static app.clientfit.rulebook.ShippedRulebook.evaluate;
import static app.clientfit.rulebook.ShippedRulebook.finding;
import static app.clientfit.rulebook.ShippedRulebook.firedRuleNames;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Stage;

/**
 * Seed 001: "a client who does not have the numbers at hand, but is willing and able to learn, with fire
 * in their eyes: work with them." The exception is a rule in eager-learner-exception.drl.
 */
class EagerLearnerRulesTests {

    @Test
    void shouldWaiveTheMissingNumbersForAnEagerLearner() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> {
            c.setKnowsNumbers(false);
            c.setWillingToLearn(true);
        });

        assertThat(firedRuleNames(outcome)).containsSubsequence("Cannot state numbers", "Eager learner");
        assertThat(finding(outcome, "Cannot state numbers").points()).isZero();
        assertThat(finding(outcome, "Cannot state numbers").waivedBy()).isEqualTo("Eager learner");
        assertThat(finding(outcome, "Eager learner").points()).isEqualTo(20);
        assertThat(finding(outcome, "Eager learner").location()).isEqualTo("line 12");
        assertThat(outcome.verdict()).isEqualTo("GOOD");
    }

    @Test
    void shouldStillWalkAwayFromAProspectWithoutWillingnessToLearn() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> {
            c.setKnowsNumbers(false);
            c.setWillingToLearn(false);
        });

        assertThat(firedRuleNames(outcome)).doesNotContain("Eager learner");
        assertThat(outcome.verdict()).isEqualTo("BAD");
    }

    @Test
    void shouldNotExcuseAMissingOfferForAnEagerLearner() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> {
            c.setCanStateOffer(false);
            c.setKnowsNumbers(false);
            c.setWillingToLearn(true);
        });

        assertThat(finding(outcome, "Cannot state offer").points()).isEqualTo(-100);
        assertThat(outcome.verdict()).isEqualTo("BAD");
    }
}
