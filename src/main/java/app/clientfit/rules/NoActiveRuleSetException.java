package app.clientfit.rules;

import java.util.List;

import app.clientfit.rules.problem.RuleProblem;

/** Evaluations cannot run: no valid rule set has been activated yet. */
public class NoActiveRuleSetException extends RuntimeException {

    private final List<RuleProblem> problems;

    public NoActiveRuleSetException(List<RuleProblem> problems) {
        super("no valid rule set is active; fix the rule files and reload");
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
