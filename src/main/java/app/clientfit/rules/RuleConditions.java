package app.clientfit.rules;

import java.util.List;

/**
 * The conditions of one rule, and what a rule of its own needs around it to compile the way the rule did.
 *
 * @param rule     the rule
 * @param header   its unit's text with every rule taken out: package, imports, globals, functions, declarations
 * @param conditions in the order they are written
 */
public record RuleConditions(RuleDefinition rule, String header, List<RuleCondition> conditions) {

    public RuleConditions {
        conditions = List.copyOf(conditions);
    }
}
