package app.clientfit.rulebook;

import static app.clientfit.rulebook.ShippedRulebook.evaluate;
import static app.clientfit.rulebook.ShippedRulebook.finding;
import static app.clientfit.rulebook.ShippedRulebook.findingRuleNames;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Stage;

/** A good client values your expertise, pays gladly, refers you, shares your values. green-flags.xlsx. */
class GreenFlagRulesTests {

    @Test
    void shouldFindOneWhoValuesYourExpertise() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setValuesExpertise(true));

        assertThat(finding(outcome, "Values expertise").points()).isEqualTo(20);
        assertThat(outcome.verdict()).isEqualTo("GOOD");
    }

    @Test
    void shouldFindOneWhoPaysOnTime() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> {
            c.setInvoicesTotal(4);
            c.setInvoicesPaidLate(0);
        });

        assertThat(finding(outcome, "Pays on time").reason()).isEqualTo("all 4 invoices paid on time");
        assertThat(findingRuleNames(evaluate(Stage.ACTIVE, c -> {
            c.setInvoicesTotal(4);
            c.setInvoicesPaidLate(1);
        }))).doesNotContain("Pays on time");
    }

    @Test
    void shouldFindOneWhoRefersOthers() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setReferralsGiven(2));

        assertThat(finding(outcome, "Refers others").reason()).isEqualTo("referred 2 clients to you");
    }

    @Test
    void shouldFindOneWhoSharesYourValues() {
        Outcome outcome = evaluate(Stage.ACTIVE, c -> c.setSharedValues(true));

        assertThat(finding(outcome, "Shares values").points()).isEqualTo(15);
    }
}
