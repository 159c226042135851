package app.clientfit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import app.clientfit.facts.Client;
import app.clientfit.facts.Finding;
import app.clientfit.facts.Verdict;

/**
 * The shipped rulebook (rules/) written by hand in plain Java: the physical limit the engine is
 * measured against. It does the same domain work as the rules, including filling each reason with
 * the client's values, so a ratio to it shows what the engine and the service add.
 * PlainJavaRulebookTests keeps it honest against the real rules.
 */
final class PlainJavaRulebook {

    record Decision(String verdict, int score, List<Finding> findings) {
    }

    private record Rule(String name, String category, int points, Predicate<Client> when, String reason) {
    }

    private static final String CANNOT_STATE_NUMBERS = "Cannot state numbers";
    private static final String EAGER_LEARNER = "Eager learner";

    private static final List<Rule> FINDINGS = List.of(
            // payment-and-boundaries.xlsx, sheet Payment
            new Rule("Late payer", "PAYMENT", -40, c -> atLeast(c.getInvoicesTotal(), 3) && atLeast(c.getLatePaymentPercent(), 50),
                    "{invoicesPaidLate} of {invoicesTotal} invoices paid late, {averageDaysLate} days on average"),
            new Rule("Pays very late", "PAYMENT", -20, c -> c.getAverageDaysLate() != null && c.getAverageDaysLate() >= 30,
                    "late payments arrive {averageDaysLate} days after the due date on average"),
            new Rule("Chased for money", "PAYMENT", -20, c -> atLeast(c.getPaymentRemindersSent(), 3),
                    "{paymentRemindersSent} payment reminders sent"),
            // payment-and-boundaries.xlsx, sheet Boundaries
            new Rule("Boundary crosser", "BOUNDARIES", -100, c -> atLeast(c.getAfterHoursContactsPerMonth(), 4),
                    "{afterHoursContactsPerMonth} calls or messages a month in the evening or at the weekend"),
            new Rule("Nagger", "COMMUNICATION", -100, c -> atLeast(c.getComplaintsPerMonth(), 3),
                    "{complaintsPerMonth} complaints a month, whatever is done"),
            new Rule("Keeps no agreements", "AGREEMENTS", -100, c -> atLeast(c.getBrokenAgreements(), 3),
                    "{brokenAgreements} agreements or deadlines not kept"),
            new Rule("Cancellation disputes", "AGREEMENTS", -30, c -> atLeast(c.getCancellationDisputes(), 2),
                    "{cancellationDisputes} arguments about cancellations"),
            // green-flags.xlsx, sheets GreenFlags and NotAgainst
            new Rule("Values expertise", "GREEN_FLAG", 20, c -> yes(c.getValuesExpertise()), "values your expertise"),
            new Rule("Pays on time", "GREEN_FLAG", 25, c -> atLeast(c.getInvoicesTotal(), 3)
                    && c.getInvoicesPaidLate() != null && c.getInvoicesPaidLate() <= 0, "all {invoicesTotal} invoices paid on time"),
            new Rule("Refers others", "GREEN_FLAG", 20, c -> atLeast(c.getReferralsGiven(), 1), "referred {referralsGiven} clients to you"),
            new Rule("Shares values", "GREEN_FLAG", 15, c -> yes(c.getSharedValues()), "shares your values"),
            new Rule("Constructive criticism", "NEUTRAL", 0, c -> yes(c.getGivesConstructiveFeedback()),
                    "criticises constructively: that is not a bad client"),
            new Rule("High expectations", "NEUTRAL", 0, c -> yes(c.getHighExpectations()), "expects very good work: that is not a bad client"),
            new Rule("Chaotic", "NEUTRAL", 0, c -> yes(c.getChaotic()), "is chaotic: that is not a bad client"),
            // own-criteria.xlsx
            new Rule("Budget below minimum", "OWN_CRITERIA", -30, c -> c.attributeBelow("monthlyBudget", 500),
                    "monthly budget of {attributes.monthlyBudget} is below the minimum of 500"),
            // intro-call.xlsx
            new Rule("Badmouths previous provider", "INTRO_CALL", -30, c -> yes(c.getBadmouthsPreviousProvider()),
                    "spoke disparagingly of the previous provider"),
            new Rule("Interrupts constantly", "INTRO_CALL", -20, c -> yes(c.getInterruptsConstantly()), "you could not finish your sentences"),
            new Rule("Does not respect time", "INTRO_CALL", -25, c -> no(c.getRespectsTime()), "late, missed or overran appointments"),
            new Rule("Needs convincing", "FIT", -100, c -> yes(c.getNeedsConvincing()),
                    "did not see the value at once and had to be talked into it: forget the deal and go"),
            new Rule("Cannot state offer", "FIT", -100, c -> no(c.getCanStateOffer()), "cannot say what they sell"),
            new Rule(CANNOT_STATE_NUMBERS, "FIT", -100, c -> no(c.getKnowsNumbers()), "cannot say what their numbers look like"));

    Decision decide(Client client) {
        List<Finding> findings = new ArrayList<>(4);
        for (Rule rule : FINDINGS) {
            if (rule.when().test(client)) {
                findings.add(new Finding(rule.name(), rule.category(), rule.points(), client.explain(rule.reason())));
            }
        }
        eagerLearner(client, findings);
        int score = 0;
        boolean dealBreaker = false;
        for (Finding finding : findings) {
            score += finding.getPoints();
            dealBreaker |= finding.getPoints() <= -100;
        }
        return new Decision(verdict(dealBreaker, score), score, findings);
    }

    /** eager-learner-exception.drl: willing to learn waives "Cannot state numbers" and adds a finding. */
    private static void eagerLearner(Client client, List<Finding> findings) {
        if (!no(client.getKnowsNumbers()) || !yes(client.getWillingToLearn())) {
            return;
        }
        for (Finding finding : findings) {
            if (finding.getRule().equals(CANNOT_STATE_NUMBERS) && !finding.isWaived()) {
                finding.waive(EAGER_LEARNER);
                findings.add(new Finding(EAGER_LEARNER, "EXCEPTION", 20,
                        "does not have the numbers at hand but is willing and able to learn: work with them"));
                return;
            }
        }
    }

    /** verdict.drl: a deal-breaker first, then the score's thresholds. */
    private static String verdict(boolean dealBreaker, int score) {
        if (dealBreaker || score <= -50) {
            return Verdict.BAD.name();
        }
        return (score >= 20 ? Verdict.GOOD : Verdict.REVIEW).name();
    }

    private static boolean atLeast(Integer value, int limit) {
        return value != null && value >= limit;
    }

    private static boolean atLeast(Double value, int limit) {
        return value != null && value >= limit;
    }

    private static boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static boolean no(Boolean value) {
        return Boolean.FALSE.equals(value);
    }
}
