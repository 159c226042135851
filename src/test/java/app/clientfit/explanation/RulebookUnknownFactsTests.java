package app.clientfit.explanation;

import static app.clientfit.explanation.ShippedRulebookExplained.explain;
import static app.clientfit.explanation.ShippedRulebookExplained.notFired;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;

/** Unknown is not false: every rule of the shipped rulebook that a missing fact kept from being decided says so. */
class RulebookUnknownFactsTests {

    private static final Consumer<Client> NOTHING_MORE = c -> { };

    static Stream<Arguments> unknowns() {
        return Stream.of(
                unknown("Values expertise", NOTHING_MORE, "valuesExpertise",
                        "Values expertise: unknown. Values expertise not given; the rule needs yes. sheet GreenFlags, cell B10"),
                unknown("Pays on time", c -> c.setInvoicesTotal(10), "invoicesPaidLate",
                        "Pays on time: unknown. Invoices paid late not given; the rule needs at most 0. sheet GreenFlags, cell D11"),
                unknown("Refers others", NOTHING_MORE, "referralsGiven",
                        "Refers others: unknown. Referrals given not given; the rule needs at least 1. sheet GreenFlags, cell E12"),
                unknown("Shares values", NOTHING_MORE, "sharedValues",
                        "Shares values: unknown. Shared values not given; the rule needs yes. sheet GreenFlags, cell F13"),
                unknown("Constructive criticism", NOTHING_MORE, "givesConstructiveFeedback",
                        "Constructive criticism: unknown. Gives constructive feedback not given; the rule needs yes. sheet NotAgainst, cell B10"),
                unknown("High expectations", NOTHING_MORE, "highExpectations",
                        "High expectations: unknown. High expectations not given; the rule needs yes. sheet NotAgainst, cell C11"),
                unknown("Chaotic", NOTHING_MORE, "chaotic",
                        "Chaotic: unknown. Chaotic not given; the rule needs yes. sheet NotAgainst, cell D12"),
                unknown("Badmouths previous provider", NOTHING_MORE, "badmouthsPreviousProvider",
                        "Badmouths previous provider: unknown. Badmouths previous provider not given; the rule needs yes. sheet IntroCall, cell B10"),
                unknown("Interrupts constantly", NOTHING_MORE, "interruptsConstantly",
                        "Interrupts constantly: unknown. Interrupts constantly not given; the rule needs yes. sheet IntroCall, cell C11"),
                unknown("Does not respect time", NOTHING_MORE, "respectsTime",
                        "Does not respect time: unknown. Respects time not given; the rule needs no. sheet IntroCall, cell D12"),
                unknown("Needs convincing", NOTHING_MORE, "needsConvincing",
                        "Needs convincing: unknown. Needs convincing not given; the rule needs yes. sheet IntroCall, cell E13"),
                unknown("Cannot state offer", NOTHING_MORE, "canStateOffer",
                        "Cannot state offer: unknown. Can state offer not given; the rule needs no. sheet IntroCall, cell F14"),
                unknown("Cannot state numbers", NOTHING_MORE, "knowsNumbers",
                        "Cannot state numbers: unknown. Knows numbers not given; the rule needs no. sheet IntroCall, cell G15"),
                unknown("Budget below minimum", NOTHING_MORE, "attributes.monthlyBudget",
                        "Budget below minimum: unknown. monthlyBudget not given; the rule needs monthlyBudget below 500. sheet OwnCriteria, cell B10"),
                unknown("Late payer", c -> c.setInvoicesTotal(10), "invoicesPaidLate",
                        "Late payer: unknown. Invoices paid late not given; the rule needs at least 50 %. sheet Payment, cell C10"),
                unknown("Pays very late", NOTHING_MORE, "averageDaysLate",
                        "Pays very late: unknown. Average days late not given; the rule needs at least 30. sheet Payment, cell D11"),
                unknown("Chased for money", NOTHING_MORE, "paymentRemindersSent",
                        "Chased for money: unknown. Payment reminders sent not given; the rule needs at least 3. sheet Payment, cell E12"),
                unknown("Boundary crosser", NOTHING_MORE, "afterHoursContactsPerMonth",
                        "Boundary crosser: unknown. After hours contacts per month not given; the rule needs at least 4. sheet Boundaries, cell B10"),
                unknown("Nagger", NOTHING_MORE, "complaintsPerMonth",
                        "Nagger: unknown. Complaints per month not given; the rule needs at least 3. sheet Boundaries, cell C11"),
                unknown("Keeps no agreements", NOTHING_MORE, "brokenAgreements",
                        "Keeps no agreements: unknown. Broken agreements not given; the rule needs at least 3. sheet Boundaries, cell D12"),
                unknown("Cancellation disputes", NOTHING_MORE, "cancellationDisputes",
                        "Cancellation disputes: unknown. Cancellation disputes not given; the rule needs at least 2. sheet Boundaries, cell E13"),
                unknown("Eager learner", c -> c.setKnowsNumbers(false), "willingToLearn",
                        "Eager learner: unknown. Willing to learn not given; the rule needs yes. line 15"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknowns")
    void aRuleKeptFromBeingDecidedByAMissingFactIsUnknownAndNamesTheFact(String rule, Consumer<Client> facts, String fact, String text) {
        Explanation explanation = explain(Stage.ACTIVE, facts);

        Explanation.NotFiredRule explained = notFired(explanation, rule);
        assertThat(explained.outcome()).isEqualTo(ConditionOutcome.UNKNOWN);
        assertThat(explained.text()).isEqualTo(text);
        assertThat(explanation.unknownFacts()).filteredOn(unknown -> unknown.fact().equals(fact))
                .singleElement().satisfies(unknown -> assertThat(unknown.rules()).contains(rule));
    }

    @Test
    void everyRuleThatReadsTheClientHasAnUnknownCase() {
        assertThat(unknowns().map(arguments -> (String) arguments.get()[0]))
                .containsExactlyInAnyOrderElementsOf(ShippedRulebookExplained.rulesThatReadTheClient());
    }

    @Test
    void aRuleThatFailsOnAKnownFactIsNotMetEvenWhenAnotherIsUnknown() {
        Explanation explanation = explain(Stage.ACTIVE, c -> c.setInvoicesTotal(2));

        Explanation.NotFiredRule latePayer = notFired(explanation, "Late payer");
        assertThat(latePayer.outcome()).isEqualTo(ConditionOutcome.NOT_MET);
        assertThat(latePayer.conditions()).extracting(Explanation.ConditionResult::outcome)
                .containsExactly(ConditionOutcome.NOT_MET, ConditionOutcome.UNKNOWN);
        assertThat(explanation.unknownFacts()).noneMatch(unknown -> unknown.rules().contains("Late payer"));
    }

    @Test
    void aFactGivenIsNeverListedAsUnknown() {
        Explanation explanation = explain(Stage.ACTIVE, c -> { c.setAverageDaysLate(3.0); c.setValuesExpertise(false); });

        assertThat(explanation.unknownFacts()).extracting(Explanation.UnknownFact::fact)
                .doesNotContain("averageDaysLate", "valuesExpertise").contains("complaintsPerMonth");
        assertThat(notFired(explanation, "Pays very late").conditions()).extracting(Explanation.ConditionResult::actual).containsExactly("3");
    }

    private static Arguments unknown(String rule, Consumer<Client> facts, String fact, String text) {
        return Arguments.of(rule, facts, fact, text);
    }
}
