package app.clientfit.rulebook;

import static app.clientfit.rulebook.ShippedRulebook.evaluate;
import static app.clientfit.rulebook.ShippedRulebook.finding;
import static app.clientfit.rulebook.ShippedRulebook.firedRuleNames;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Stage;

/**
 * Seed 000: "a bad client is not one who criticises constructively or expects very good work; a client
 * may be chaotic, too." And: unknown is not bad. Sheet NotAgainst of green-flags.xlsx.
 */
class NeverAgainstClientTests {

    @Test
    void shouldNeverCountConstructiveCriticismAgainstAClient() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setGivesConstructiveFeedback(true));

        assertThat(finding(outcome, "Constructive criticism").points()).isZero();
        assertThat(outcome.score()).isZero();
    }

    @Test
    void shouldNeverCountHighExpectationsAgainstAClient() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setHighExpectations(true));

        assertThat(finding(outcome, "High expectations").points()).isZero();
        assertThat(outcome.score()).isZero();
    }

    @Test
    void shouldNeverCountBeingChaoticAgainstAClient() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setChaotic(true));

        assertThat(finding(outcome, "Chaotic").points()).isZero();
        assertThat(outcome.score()).isZero();
    }

    @Test
    void shouldNotLetAllThreeTogetherSpoilAGoodClient() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> {
            c.setGivesConstructiveFeedback(true);
            c.setHighExpectations(true);
            c.setChaotic(true);
            c.setValuesExpertise(true);
        });

        assertThat(outcome.score()).isEqualTo(20);
        assertThat(outcome.verdict()).isEqualTo("GOOD");
    }

    @Test
    void shouldNeverCountUnknownFactsAgainstAClient() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> { });

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.score()).isZero();
        assertThat(firedRuleNames(outcome)).containsExactly("Verdict: review");
    }

    @Test
    void shouldNeverCountExplicitlyGoodAnswersAgainstAClient() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> {
            c.setBadmouthsPreviousProvider(false);
            c.setInterruptsConstantly(false);
            c.setRespectsTime(true);
            c.setNeedsConvincing(false);
            c.setCanStateOffer(true);
            c.setKnowsNumbers(true);
            c.setInvoicesTotal(0);
            c.setInvoicesPaidLate(0);
        });

        assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.points()).isGreaterThanOrEqualTo(0));
    }
}
