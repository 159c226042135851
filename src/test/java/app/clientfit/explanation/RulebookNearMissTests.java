package app.clientfit.explanation;

import static app.clientfit.explanation.ShippedRulebookExplained.explain;
import static app.clientfit.explanation.ShippedRulebookExplained.notFired;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;

/** Every rule of the shipped rulebook, one condition short of firing: what a coach reads, with the cell or line to change. */
class RulebookNearMissTests {

    static Stream<Arguments> nearMisses() {
        return Stream.of(
                nearMiss("Values expertise", c -> c.setValuesExpertise(false),
                        "Values expertise: not met. Values expertise: no; the rule needs yes. sheet GreenFlags, cell B10"),
                nearMiss("Pays on time", c -> { c.setInvoicesTotal(10); c.setInvoicesPaidLate(2); },
                        "Pays on time: not met. Invoices paid late: 2; the rule needs at most 0. sheet GreenFlags, cell D11"),
                nearMiss("Refers others", c -> c.setReferralsGiven(0),
                        "Refers others: not met. Referrals given: 0; the rule needs at least 1. sheet GreenFlags, cell E12"),
                nearMiss("Shares values", c -> c.setSharedValues(false),
                        "Shares values: not met. Shared values: no; the rule needs yes. sheet GreenFlags, cell F13"),
                nearMiss("Constructive criticism", c -> c.setGivesConstructiveFeedback(false),
                        "Constructive criticism: not met. Gives constructive feedback: no; the rule needs yes. sheet NotAgainst, cell B10"),
                nearMiss("High expectations", c -> c.setHighExpectations(false),
                        "High expectations: not met. High expectations: no; the rule needs yes. sheet NotAgainst, cell C11"),
                nearMiss("Chaotic", c -> c.setChaotic(false),
                        "Chaotic: not met. Chaotic: no; the rule needs yes. sheet NotAgainst, cell D12"),
                nearMiss("Badmouths previous provider", c -> c.setBadmouthsPreviousProvider(false),
                        "Badmouths previous provider: not met. Badmouths previous provider: no; the rule needs yes. sheet IntroCall, cell B10"),
                nearMiss("Interrupts constantly", c -> c.setInterruptsConstantly(false),
                        "Interrupts constantly: not met. Interrupts constantly: no; the rule needs yes. sheet IntroCall, cell C11"),
                nearMiss("Does not respect time", c -> c.setRespectsTime(true),
                        "Does not respect time: not met. Respects time: yes; the rule needs no. sheet IntroCall, cell D12"),
                nearMiss("Needs convincing", c -> c.setNeedsConvincing(false),
                        "Needs convincing: not met. Needs convincing: no; the rule needs yes. sheet IntroCall, cell E13"),
                nearMiss("Cannot state offer", c -> c.setCanStateOffer(true),
                        "Cannot state offer: not met. Can state offer: yes; the rule needs no. sheet IntroCall, cell F14"),
                nearMiss("Cannot state numbers", c -> c.setKnowsNumbers(true),
                        "Cannot state numbers: not met. Knows numbers: yes; the rule needs no. sheet IntroCall, cell G15"),
                nearMiss("Budget below minimum", c -> c.setAttributes(Map.of("monthlyBudget", 800)),
                        "Budget below minimum: not met. monthlyBudget: 800; the rule needs monthlyBudget below 500. sheet OwnCriteria, cell B10"),
                nearMiss("Late payer", c -> { c.setInvoicesTotal(10); c.setInvoicesPaidLate(2); },
                        "Late payer: not met. 2 of 10 invoices were paid late (20 %); the rule needs at least 50 %. sheet Payment, cell C10"),
                nearMiss("Pays very late", c -> c.setAverageDaysLate(12.5),
                        "Pays very late: not met. Average days late: 12.5; the rule needs at least 30. sheet Payment, cell D11"),
                nearMiss("Chased for money", c -> c.setPaymentRemindersSent(2),
                        "Chased for money: not met. Payment reminders sent: 2; the rule needs at least 3. sheet Payment, cell E12"),
                nearMiss("Boundary crosser", c -> c.setAfterHoursContactsPerMonth(3),
                        "Boundary crosser: not met. After hours contacts per month: 3; the rule needs at least 4. sheet Boundaries, cell B10"),
                nearMiss("Nagger", c -> c.setComplaintsPerMonth(2),
                        "Nagger: not met. Complaints per month: 2; the rule needs at least 3. sheet Boundaries, cell C11"),
                nearMiss("Keeps no agreements", c -> c.setBrokenAgreements(2),
                        "Keeps no agreements: not met. Broken agreements: 2; the rule needs at least 3. sheet Boundaries, cell D12"),
                nearMiss("Cancellation disputes", c -> c.setCancellationDisputes(1),
                        "Cancellation disputes: not met. Cancellation disputes: 1; the rule needs at least 2. sheet Boundaries, cell E13"),
                nearMiss("Eager learner", c -> { c.setKnowsNumbers(false); c.setWillingToLearn(false); },
                        "Eager learner: not met. Willing to learn: no; the rule needs yes. line 15"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void aRuleOneConditionShortSaysWhichAndComesFirst(String rule, Consumer<Client> facts, String text) {
        Explanation explanation = explain(Stage.ACTIVE, facts);

        Explanation.NotFiredRule explained = notFired(explanation, rule);
        assertThat(explained.outcome()).isEqualTo(ConditionOutcome.NOT_MET);
        assertThat(explained.text()).isEqualTo(text);
        assertThat(explained.conditions()).filteredOn(c -> c.outcome() != ConditionOutcome.MET).hasSize(1);
        assertThat(explanation.notFired().subList(0, explanation.notFired().indexOf(explained)))
                .allSatisfy(before -> assertThat(before.conditions()).filteredOn(c -> c.outcome() != ConditionOutcome.MET).hasSize(1));
    }

    @Test
    void everyRuleThatReadsTheClientHasANearMissCase() {
        assertThat(nearMisses().map(arguments -> (String) arguments.get()[0]))
                .containsExactlyInAnyOrderElementsOf(ShippedRulebookExplained.rulesThatReadTheClient());
    }

    @Test
    void aTableConditionNamesItsCellLabelExpectedAndActualValue() {
        Explanation.NotFiredRule latePayer = notFired(explain(Stage.ACTIVE, c -> { c.setInvoicesTotal(10); c.setInvoicesPaidLate(2); }),
                "Late payer");

        assertThat(latePayer.location()).isEqualTo("sheet Payment, row 10");
        assertThat(latePayer.conditions()).containsExactly(
                new Explanation.ConditionResult("sheet Payment, cell B10", "Invoices at least", "3", "10", ConditionOutcome.MET),
                new Explanation.ConditionResult("sheet Payment, cell C10", "% paid late at least", "50", "20", ConditionOutcome.NOT_MET));
    }

    @Test
    void everyRuleThatDidNotFireIsExplainedOnce() {
        Explanation explanation = explain(Stage.ACTIVE, c -> c.setValuesExpertise(true));

        assertThat(explanation.notFired()).extracting(Explanation.NotFiredRule::rule).doesNotHaveDuplicates()
                .doesNotContain("Values expertise", "Verdict: good")
                .hasSize(ShippedRulebookExplained.ruleSet().rules().size() - 2);
    }

    private static Arguments nearMiss(String rule, Consumer<Client> facts, String text) {
        return Arguments.of(rule, facts, text);
    }
}
