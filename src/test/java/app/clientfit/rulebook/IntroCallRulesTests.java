package app.clientfit.rulebook;

import static app.clientfit.rulebook.ShippedRulebook.evaluate;
import static app.clientfit.rulebook.ShippedRulebook.finding;
import static app.clientfit.rulebook.ShippedRulebook.findingRuleNames;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Stage;

/** Red flags already in the first call (seeds 000 and 001). Sheet IntroCall of intro-call.xlsx. */
class IntroCallRulesTests {

    @Test
    void shouldFindOneWhoBadmouthsThePreviousProvider() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> c.setBadmouthsPreviousProvider(true));

        assertThat(finding(outcome, "Badmouths previous provider").points()).isEqualTo(-30);
        assertThat(finding(outcome, "Badmouths previous provider").location()).isEqualTo("sheet IntroCall, row 10");
    }

    @Test
    void shouldFindOneWhoInterruptsConstantly() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> c.setInterruptsConstantly(true));

        assertThat(finding(outcome, "Interrupts constantly").reason()).isEqualTo("you could not finish your sentences");
    }

    @Test
    void shouldFindOneWhoDoesNotRespectYourTime() {
        assertThat(findingRuleNames(evaluate(Stage.PROSPECT, c -> c.setRespectsTime(false)))).containsExactly("Does not respect time");
        assertThat(findingRuleNames(evaluate(Stage.PROSPECT, c -> c.setRespectsTime(true)))).isEmpty();
    }

    @Test
    void shouldTakeNeedingToBeConvincedForADealBreaker() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> {
            c.setNeedsConvincing(true);
            c.setValuesExpertise(true);
            c.setSharedValues(true);
        });

        assertThat(finding(outcome, "Needs convincing").category()).isEqualTo("FIT");
        assertThat(outcome.verdict()).isEqualTo("BAD");
    }

    @Test
    void shouldWalkAwayWhenTheProspectCannotStateTheOffer() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> c.setCanStateOffer(false));

        assertThat(finding(outcome, "Cannot state offer").reason()).isEqualTo("cannot say what they sell");
        assertThat(outcome.verdict()).isEqualTo("BAD");
    }

    @Test
    void shouldWalkAwayWhenTheProspectCannotStateTheNumbers() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> c.setKnowsNumbers(false));

        assertThat(finding(outcome, "Cannot state numbers").points()).isEqualTo(-100);
        assertThat(outcome.verdict()).isEqualTo("BAD");
    }
}
