package app.clientfit.rules;

import java.util.List;

import app.clientfit.rules.problem.RuleProblem;

/**
 * Runs the tests a coach wrote in the workbooks ({@code Tests} sheets) against a compiled candidate. Candidates
 * are built here, but a test runs exactly as an evaluation would, so the evaluation capability provides the
 * runner and rules does not depend on evaluation.
 */
public interface WorkbookTestRunner {

    Run run(RuleSet ruleSet, List<RuleFile> files);

    /** The outcome of every test, and the problems that keep the candidate from being activated. */
    record Run(List<WorkbookTestResult> results, List<RuleProblem> problems) {
    }
}
