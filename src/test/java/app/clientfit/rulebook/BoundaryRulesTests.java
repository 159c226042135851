package app.clientfit.rulebook;

import static app.clientfit.rulebook.ShippedRulebook.evaluate;
import static app.clientfit.rulebook.ShippedRulebook.finding;
import static app.clientfit.rulebook.ShippedRulebook.findingRuleNames;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Stage;

/** Seed 000: poison for the business. Sheet Boundaries of payment-and-boundaries.xlsx. */
class BoundaryRulesTests {

    @Test
    void shouldFindABoundaryCrosserWhenThePhoneRingsEveningsAndWeekends() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setAfterHoursContactsPerMonth(4));

        assertThat(finding(outcome, "Boundary crosser").category()).isEqualTo("BOUNDARIES");
        assertThat(finding(outcome, "Boundary crosser").reason()).startsWith("4 calls or messages a month");
        assertThat(outcome.verdict()).isEqualTo("BAD");
        assertThat(findingRuleNames(evaluate(Stage.ACTIVE, c -> c.setAfterHoursContactsPerMonth(3)))).isEmpty();
    }

    @Test
    void shouldFindANaggerWhenNothingIsEverRight() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setComplaintsPerMonth(5));

        assertThat(finding(outcome, "Nagger").reason()).isEqualTo("5 complaints a month, whatever is done");
        assertThat(outcome.verdict()).isEqualTo("BAD");
    }

    @Test
    void shouldFindOneWhoKeepsNoAgreementsWhenThreeAreBroken() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setBrokenAgreements(3));

        assertThat(finding(outcome, "Keeps no agreements").category()).isEqualTo("AGREEMENTS");
        assertThat(outcome.verdict()).isEqualTo("BAD");
    }

    @Test
    void shouldFindCancellationDisputesThatDrainTheBusiness() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setCancellationDisputes(2));

        assertThat(finding(outcome, "Cancellation disputes").points()).isEqualTo(-30);
        assertThat(outcome.verdict()).isEqualTo("REVIEW");
    }
}
