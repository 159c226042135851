package app.clientfit.rules;

import java.util.List;

import app.clientfit.rules.problem.RuleProblem;

/**
 * Runs the tests a coach wrote in the workbooks ({@code Tests} sheets) against a compiled candidate. Candidates
 * are built here, but a test runs exactly as an evaluation would, so the evaluation capability provides the
 * runner and rules does not depend on evaluation.
 */
public interface WorkbookTestRunner {

    /** @param skipped the files of the rule folder that were not read, named when a test refers to a rule that does not exist */
    Run run(RuleSet ruleSet, List<RuleFile> files, List<SkippedFile> skipped);

    /** The outcome of every test, and the problems that keep the candidate from being activated. */
    record Run(List<WorkbookTestResult> results, List<RuleProblem> problems) {
    }
}
