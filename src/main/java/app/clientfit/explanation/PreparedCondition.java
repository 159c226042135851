package app.clientfit.explanation;

import java.util.List;

import app.clientfit.rules.RuleCondition;

/**
 * A condition with what does not depend on the client worked out once per rule set: the facts it reads and
 * what it needs in words, so that an explanation only looks up the client's values.
 */
record PreparedCondition(RuleCondition condition, List<String> reads, String needs) {

    static PreparedCondition of(RuleCondition condition) {
        return new PreparedCondition(condition, FactReads.of(condition), ConditionSentences.needs(condition));
    }
}
