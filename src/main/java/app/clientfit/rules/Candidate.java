package app.clientfit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import app.clientfit.rules.problem.RuleProblem;

/**
 * A rule set as built from a set of files, compiled and (once {@link #tested}) tested, before anything
 * is activated: the rule set when it is valid, and every problem either way.
 *
 * @param version  the content hash of the files, whether they are valid or not
 * @param ruleSet  the rule set to activate; null when there are errors
 * @param rules    the rules the files define, as far as they could be read
 * @param errors   problems that keep the files from being activated
 * @param warnings problems that do not
 * @param tests    the outcome of every test in the workbooks (none before they ran, or when the files do not compile)
 * @param skipped  the files of the rule folder that were not read, and why
 */
public record Candidate(String version, List<RuleFile> files, RuleSet ruleSet, List<RuleDefinition> rules,
                        List<RuleProblem> errors, List<RuleProblem> warnings, List<WorkbookTestResult> tests,
                        List<SkippedFile> skipped) {

    public Candidate {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        tests = List.copyOf(tests);
        skipped = List.copyOf(skipped);
    }

    public Candidate(String version, List<RuleFile> files, RuleSet ruleSet, List<RuleDefinition> rules,
                     List<RuleProblem> errors, List<RuleProblem> warnings, List<WorkbookTestResult> tests) {
        this(version, files, ruleSet, rules, errors, warnings, tests, List.of());
    }

    /** The files as compiled, before their workbooks' tests ran. */
    static Candidate compiled(List<RuleFile> files, RuleSet ruleSet, List<RuleDefinition> rules, List<RuleProblem> errors,
                              List<RuleProblem> warnings, List<SkippedFile> skipped) {
        return new Candidate(RuleSetVersion.of(files), files, ruleSet, rules, errors, warnings, List.of(), skipped);
    }

    /** This candidate with more files that were not read (the folder's), listed first. */
    Candidate alsoSkipped(List<SkippedFile> more) {
        List<SkippedFile> all = new ArrayList<>(more);
        all.addAll(skipped);
        return new Candidate(version, files, ruleSet, rules, errors, warnings, tests, all);
    }

    /** Files not built at all, because of one problem found before (another instance refused the same version). */
    static Candidate refused(List<RuleFile> files, RuleProblem problem) {
        return new Candidate(RuleSetVersion.of(files), files, null, List.of(), List.of(problem), List.of(), List.of());
    }

    /** This candidate with its tests' results; a test that could not run keeps it from being activated. */
    Candidate tested(WorkbookTestRunner.Run run) {
        if (run.problems().isEmpty()) {
            return new Candidate(version, files, ruleSet, rules, errors, warnings, run.results(), skipped);
        }
        List<RuleProblem> withTests = new ArrayList<>(errors);
        withTests.addAll(run.problems());
        return new Candidate(version, files, null, rules, withTests, warnings, run.results(), skipped);
    }

    /**
     * This candidate with more warnings of the analysis, and with those that block (by configuration) as errors,
     * which keep it from being activated.
     */
    Candidate linted(List<RuleProblem> more, Predicate<RuleProblem> blocks) {
        List<RuleProblem> all = new ArrayList<>(warnings);
        all.addAll(more);
        List<RuleProblem> blocking = all.stream().filter(blocks).toList();
        if (blocking.isEmpty()) {
            return new Candidate(version, files, ruleSet, rules, errors, all, tests, skipped);
        }
        List<RuleProblem> withBlocking = new ArrayList<>(errors);
        withBlocking.addAll(blocking);
        return new Candidate(version, files, null, rules, withBlocking, all.stream().filter(blocks.negate()).toList(), tests, skipped);
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

    public long testsPassed() {
        return tests.stream().filter(WorkbookTestResult::passed).count();
    }
}
