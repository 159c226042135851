package app.clientfit.explanation;

import static app.clientfit.explanation.ShippedRulebookExplained.explain;
import static app.clientfit.explanation.ShippedRulebookExplained.notFired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import app.clientfit.facts.Stage;

/** A DRL rule explains itself by line: each constraint of a Client pattern, and a whole pattern for not, from, accumulate. */
class DrlConditionsTests {

    @Test
    void aClientPatternIsCheckedConstraintByConstraintAndAFindingPatternByItsOwn() {
        Explanation.NotFiredRule eagerLearner = notFired(explain(Stage.PROSPECT, c -> {
            c.setKnowsNumbers(false);
            c.setWillingToLearn(false);
        }), "Eager learner");

        assertThat(eagerLearner.location()).isEqualTo("line 12");
        assertThat(eagerLearner.conditions()).containsExactly(
                new Explanation.ConditionResult("line 15", "knowsNumbers == false", null, "no", ConditionOutcome.MET),
                new Explanation.ConditionResult("line 15", "willingToLearn == true", null, "no", ConditionOutcome.NOT_MET),
                new Explanation.ConditionResult("line 16", "rule == \"Cannot state numbers\"", null, null, ConditionOutcome.MET),
                new Explanation.ConditionResult("line 16", "waived == false", null, null, ConditionOutcome.MET));
    }

    @Test
    void aPatternWithNoMatchIsNamedByItsLine() {
        Explanation.NotFiredRule eagerLearner = notFired(explain(Stage.PROSPECT, c -> {
            c.setKnowsNumbers(true);
            c.setWillingToLearn(true);
            c.setValuesExpertise(true);
        }), "Eager learner");

        assertThat(eagerLearner.conditions()).extracting(Explanation.ConditionResult::outcome).containsExactly(
                ConditionOutcome.NOT_MET, ConditionOutcome.MET, ConditionOutcome.NOT_MET, ConditionOutcome.MET);
        assertThat(eagerLearner.text()).isEqualTo("Eager learner: not met. Knows numbers: yes; the rule needs no. line 15. "
                + "No Finding with rule == \"Cannot state numbers\". line 16");
    }

    @Test
    void notAndAccumulateAreAnsweredAsWholePatterns() {
        Explanation explanation = explain(Stage.ACTIVE, c -> c.setComplaintsPerMonth(7));

        Explanation.NotFiredRule good = notFired(explanation, "Verdict: good");
        assertThat(good.conditions()).extracting(Explanation.ConditionResult::location, Explanation.ConditionResult::label,
                Explanation.ConditionResult::outcome).containsExactly(
                tuple("line 32", "not Verdict()", ConditionOutcome.NOT_MET),
                tuple("line 33",
                        "$score : Number(intValue >= 20) from accumulate(Finding($points : points), sum($points))", ConditionOutcome.NOT_MET));
        assertThat(good.text()).startsWith("Verdict: good: not met. 'not Verdict()' does not hold: there is one. line 32");
        assertThat(notFired(explanation, "Verdict: bad").conditions()).extracting(Explanation.ConditionResult::outcome)
                .containsExactly(ConditionOutcome.NOT_MET, ConditionOutcome.MET); // the score is low enough; a verdict came first
        assertThat(notFired(explanation, "Verdict: bad").text())
                .isEqualTo("Verdict: bad: not met. 'not Verdict()' does not hold: there is one. line 23");
    }
}
