package app.clientfit.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleKind;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.SkippedFile;
import app.clientfit.rules.WorkbookTestResult;
import app.clientfit.rules.WorkbookTestRunner;
import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.spreadsheet.FactType;
import app.clientfit.spreadsheet.WorkbookTestCase;
import app.clientfit.spreadsheet.WorkbookTestReader;

/**
 * Runs the tests a coach wrote in the workbooks ({@code Tests} sheets) against a candidate rule set,
 * exactly as an evaluation would run: a candidate whose tests fail is not activated. A test stopped at a
 * limit of a run refuses the candidate at the rule it was stopped for, and the remaining tests are not
 * run: a broken candidate costs at most about one limit.
 */
@Component
public final class EvaluatorWorkbookTestRunner implements WorkbookTestRunner {

    private static final String NO_RULE = "no rule is named '";

    private final Evaluator evaluator;

    public EvaluatorWorkbookTestRunner(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Run run(RuleSet ruleSet, List<RuleFile> files, List<SkippedFile> skipped) {
        List<WorkbookTestResult> results = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> ruleNames = ruleSet.rules().stream().map(RuleDefinition::name).collect(Collectors.toSet());
        String whatWasRead = whatWasRead(files, skipped);
        for (RuleFile file : files) {
            if (file.kind() != RuleKind.DECISION_TABLE || file.source().toLowerCase().endsWith(".csv")) {
                continue;
            }
            WorkbookTestReader.Tests tests = WorkbookTestReader.read(file.content());
            tests.problems().forEach(p -> problems.add(new RuleProblem(file.source(), p.location(), p.message())));
            for (WorkbookTestCase test : tests.cases()) {
                WorkbookTestResult result;
                try {
                    result = run(test, file.source(), ruleSet, ruleNames, whatWasRead);
                } catch (RunLimitExceededException stopped) {
                    results.add(new WorkbookTestResult(test.name(), file.source(), test.location(), test.expected(), null, List.of(),
                            List.of(stopped.getMessage())));
                    problems.add(problem(stopped, test, file.source()));
                    return new Run(results, problems);
                }
                results.add(result);
                if (!result.passed()) {
                    problems.add(result.toProblem());
                }
            }
        }
        return new Run(results, problems);
    }

    private WorkbookTestResult run(WorkbookTestCase test, String source, RuleSet ruleSet, Set<String> ruleNames, String whatWasRead) {
        List<String> failures = new ArrayList<>();
        Outcome outcome;
        try {
            outcome = evaluator.evaluate(test.client(), ruleSet);
        } catch (RunLimitExceededException stopped) {
            throw stopped;
        } catch (RuntimeException e) {
            return WorkbookTestResult.failedToRun(test.name(), source, test.location(), test.expected(), e);
        }
        List<String> fired = outcome.fired().stream().map(RuleDefinition::name).toList();
        if (!test.expected().equals(outcome.verdict())) {
            failures.add("expected " + test.expected() + ", got " + outcome.verdict());
        }
        for (String rule : test.mustFire()) {
            if (!ruleNames.contains(rule)) {
                failures.add(unknown(rule, ruleNames));
            } else if (!fired.contains(rule)) {
                failures.add("'" + rule + "' must fire but did not");
            }
        }
        for (String rule : test.mustNotFire()) {
            if (!ruleNames.contains(rule)) {
                failures.add(unknown(rule, ruleNames));
            } else if (fired.contains(rule)) {
                failures.add("'" + rule + "' fired but must not");
            }
        }
        if (failures.stream().anyMatch(failure -> failure.startsWith(NO_RULE))) {
            failures.add(whatWasRead);
        }
        return new WorkbookTestResult(test.name(), source, test.location(), test.expected(), outcome.verdict(), fired, failures);
    }

    /** At the rule the run was stopped for; at the test's row when no rule was firing (a condition was being checked). */
    private static RuleProblem problem(RunLimitExceededException stopped, WorkbookTestCase test, String source) {
        String message = "test '" + test.name() + "' (" + source + ", " + test.location() + "): " + stopped.getMessage()
                + " The remaining tests were not run.";
        RuleDefinition rule = stopped.rule();
        if (rule == null || rule.source() == null) {
            return new RuleProblem(source, test.location(), message);
        }
        return new RuleProblem(rule.source(), rule.location(), message);
    }

    /** A rule that is not there is most often in a file that was not read: say which files were, and which not. */
    private static String whatWasRead(List<RuleFile> files, List<SkippedFile> skipped) {
        return "the rules were read from " + files.stream().map(RuleFile::source).collect(Collectors.joining(", "))
                + (skipped.isEmpty() ? "; no file of the rule folder was left out"
                : "; not read: " + skipped.stream().map(SkippedFile::toString).collect(Collectors.joining("; ")));
    }

    private static String unknown(String rule, Set<String> ruleNames) {
        return NO_RULE + rule + "'" + FactType.didYouMean(FactType.nearest(rule, ruleNames));
    }
}
