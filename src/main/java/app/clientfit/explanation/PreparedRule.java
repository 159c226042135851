package app.clientfit.explanation;

import java.util.ArrayList;
import java.util.List;

import app.clientfit.rules.RuleConditions;
import app.clientfit.rules.RuleDefinition;

/**
 * A rule of a rule set with what does not depend on the client worked out once per rule set.
 *
 * @param decisionKey how a {@link Decision} names it among the rules that fired
 */
record PreparedRule(RuleDefinition rule, String decisionKey, List<PreparedCondition> conditions) {

    /** The rules in their order; their conditions numbered one after the other across the rule set. */
    static List<PreparedRule> of(List<RuleConditions> rules) {
        List<PreparedRule> prepared = new ArrayList<>(rules.size());
        int number = 0;
        for (RuleConditions rule : rules) {
            List<PreparedCondition> conditions = new ArrayList<>(rule.conditions().size());
            for (int c = 0; c < rule.conditions().size(); c++) {
                conditions.add(PreparedCondition.of(number++, rule.conditions().get(c)));
            }
            RuleDefinition definition = rule.rule();
            prepared.add(new PreparedRule(definition, Decision.key(definition.name(), definition.source(), definition.location()),
                    List.copyOf(conditions)));
        }
        return List.copyOf(prepared);
    }
}
