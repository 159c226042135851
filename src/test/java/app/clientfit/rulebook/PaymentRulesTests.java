package app.clientfit.rulebook;

import static app.clientfit.rulebook.ShippedRulebook.evaluate;
import static app.clientfit.rulebook.ShippedRulebook.finding;
import static app.clientfit.rulebook.ShippedRulebook.findingRuleNames;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Stage;

/** Seed 000: the bad payer, "you chase your money every month". Sheet Payment of payment-and-boundaries.xlsx. */
class PaymentRulesTests {

    @Test
    void shouldFindALatePayerWhenHalfOrMoreOfAtLeastThreeInvoicesArePaidLate() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> {
            c.setInvoicesTotal(10);
            c.setInvoicesPaidLate(7);
            c.setAverageDaysLate(35.0);
        });

        assertThat(finding(outcome, "Late payer"))
                .satisfies(f -> {
                    assertThat(f.category()).isEqualTo("PAYMENT");
                    assertThat(f.points()).isEqualTo(-40);
                    assertThat(f.reason()).isEqualTo("7 of 10 invoices paid late, 35 days on average");
                    assertThat(f.source()).isEqualTo("rules/payment-and-boundaries.xlsx");
                    assertThat(f.location()).isEqualTo("sheet Payment, row 10");
                });
    }

    @Test
    void shouldNotJudgeALatePayerOnTooFewInvoices() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> {
            c.setInvoicesTotal(2);
            c.setInvoicesPaidLate(2);
        });

        assertThat(findingRuleNames(outcome)).doesNotContain("Late payer");
    }

    @Test
    void shouldNotFindALatePayerBelowHalfPaidLate() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> {
            c.setInvoicesTotal(10);
            c.setInvoicesPaidLate(4);
        });

        assertThat(findingRuleNames(outcome)).doesNotContain("Late payer");
    }

    @Test
    void shouldCompareTheExactLateShareNotARoundedOne() {
        Outcome justBelowHalf = evaluate(Stage.ACTIVE, c -> {
            c.setInvoicesTotal(101);
            c.setInvoicesPaidLate(50);
        });
        Outcome half = evaluate(Stage.ACTIVE, c -> {
            c.setInvoicesTotal(100);
            c.setInvoicesPaidLate(50);
        });

        assertThat(findingRuleNames(justBelowHalf)).doesNotContain("Late payer");
        assertThat(findingRuleNames(half)).contains("Late payer");
    }

    @Test
    void shouldFindOneWhoPaysVeryLateWhenPaymentsArriveThirtyDaysLateOnAverage() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setAverageDaysLate(30.0));

        assertThat(finding(outcome, "Pays very late").points()).isEqualTo(-20);
        assertThat(finding(outcome, "Pays very late").reason()).contains("30 days");
    }

    @Test
    void shouldFindOneChasedForMoneyAfterThreeReminders() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setPaymentRemindersSent(3));

        assertThat(finding(outcome, "Chased for money").reason()).isEqualTo("3 payment reminders sent");
        assertThat(evaluate(Stage.ACTIVE, c -> c.setPaymentRemindersSent(2)).findings()).isEmpty();
    }
}
