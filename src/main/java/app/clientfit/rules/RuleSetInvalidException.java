package app.clientfit.rules;

import java.util.List;

import app.clientfit.rules.problem.RuleProblem;

/** A candidate rule set that cannot be activated; carries every problem found. */
public class RuleSetInvalidException extends RuntimeException {

    private final List<RuleProblem> problems;

    public RuleSetInvalidException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rule files: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
