package app.clientfit.rules;

import java.util.List;

import app.clientfit.rules.problem.RuleProblem;

/**
 * What compiling a set of rule files gave: the rule set when it is valid, and every problem either way.
 *
 * @param ruleSet  the compiled rule set, or null when there are errors
 * @param rules    the rules the files define, as far as they could be read
 * @param errors   problems that keep the files from being activated
 * @param warnings problems that do not
 */
public record Compilation(RuleSet ruleSet, List<RuleDefinition> rules, List<RuleProblem> errors, List<RuleProblem> warnings) {

    public Compilation {
        rules = List.copyOf(rules);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return ruleSet != null;
    }

    public RuleSet orElseThrow() {
        if (ruleSet == null) {
            throw new RuleSetInvalidException(errors);
        }
        return ruleSet;
    }
}
