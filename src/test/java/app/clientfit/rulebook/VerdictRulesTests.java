package app.clientfit.rulebook;

import static app.clientfit.rulebook.ShippedRulebook.evaluate;
import static app.clientfit.rulebook.ShippedRulebook.firedRuleNames;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Stage;

/** verdict.drl: findings become one verdict; thresholds live in the DRL. */
class VerdictRulesTests {

    @Test
    void shouldLetADealBreakerOutweighEveryGreenFlag() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> {
            c.setComplaintsPerMonth(10);
            c.setValuesExpertise(true);
            c.setSharedValues(true);
            c.setReferralsGiven(5);
            c.setInvoicesTotal(10);
            c.setInvoicesPaidLate(0);
        });

        assertThat(outcome.score()).isEqualTo(-20);
        assertThat(outcome.verdict()).isEqualTo("BAD");
        assertThat(outcome.verdictReason()).isEqualTo("deal-breaker: Nagger");
        assertThat(firedRuleNames(outcome)).endsWith("Verdict: deal-breaker");
    }

    @Test
    void shouldJudgeBadAtMinusFifty() {
        Outcome outcome = evaluate(Stage.PROSPECT, c -> {
            c.setBadmouthsPreviousProvider(true);
            c.setInterruptsConstantly(true);
        });

        assertThat(outcome.score()).isEqualTo(-50);
        assertThat(outcome.verdict()).isEqualTo("BAD");
        assertThat(firedRuleNames(outcome)).endsWith("Verdict: bad");
    }

    @Test
    void shouldJudgeGoodAtTwenty() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setValuesExpertise(true));

        assertThat(outcome.score()).isEqualTo(20);
        assertThat(firedRuleNames(outcome)).endsWith("Verdict: good");
    }

    @Test
    void shouldJudgeReviewInBetween() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setInterruptsConstantly(true));

        assertThat(outcome.score()).isEqualTo(-20);
        assertThat(outcome.verdict()).isEqualTo("REVIEW");
        assertThat(firedRuleNames(outcome)).endsWith("Verdict: review");
    }

    @Test
    void shouldFireExactlyOneVerdictRule() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> {
            c.setComplaintsPerMonth(10);
            c.setAfterHoursContactsPerMonth(10);
            c.setBrokenAgreements(10);
        });

        assertThat(firedRuleNames(outcome).stream().filter(name -> name.startsWith("Verdict:"))).hasSize(1);
    }
}
