package app.clientfit.rules;

import java.util.List;

import app.clientfit.rules.problem.RuleProblem;

/**
 * A rule set as built from a set of files, compiled and tested, before anything is activated.
 *
 * @param version  the content hash of the files, whether they are valid or not
 * @param ruleSet  the rule set to activate; null when there are errors
 * @param rules    the rules the files define, as far as they could be read
 * @param tests    the outcome of every test in the workbooks (none when the files do not compile)
 */
public record Candidate(String version, List<RuleFile> files, RuleSet ruleSet, List<RuleDefinition> rules,
                        List<RuleProblem> errors, List<RuleProblem> warnings, List<WorkbookTestResult> tests) {

    public boolean valid() {
        return ruleSet != null;
    }

    public long testsPassed() {
        return tests.stream().filter(WorkbookTestResult::passed).count();
    }
}
