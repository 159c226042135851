package app.clientfit.explanation;

import java.util.List;

import app.clientfit.rules.RuleCondition;

/**
 * A condition with what does not depend on the client worked out once per rule set, so that an explanation
 * only looks up the client's values.
 *
 * @param number          its place among all conditions of the rule set, by which a run of the probes tells it was met
 * @param reads           the facts it reads, in the order it names them
 * @param given           the given facts those stand for (a computed fact for those it is computed from)
 * @param needs           what it needs, in words
 * @param unknownSentence its sentence when none of the given facts was given; null when it reads none
 * @param failedSentence  its sentence when it does not hold and reads no fact of the client; null when it reads one
 */
record PreparedCondition(int number, RuleCondition condition, List<String> reads, List<String> given, String needs,
                         String unknownSentence, String failedSentence) {

    static PreparedCondition of(int number, RuleCondition condition) {
        List<String> reads = FactReads.of(condition);
        List<String> given = FactReads.given(reads);
        String needs = ConditionSentences.needs(condition);
        return new PreparedCondition(number, condition, reads, given, needs,
                given.isEmpty() ? null : ConditionSentences.unknown(condition, needs, given),
                reads.isEmpty() ? ConditionSentences.failed(condition) : null);
    }
}
