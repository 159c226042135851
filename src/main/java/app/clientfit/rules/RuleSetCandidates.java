package app.clientfit.rules;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds a candidate from rule files: compiles them, then runs the workbooks' tests on the result.
 * Changes nothing; activating a valid candidate is the loader's business.
 */
@Component
public class RuleSetCandidates {

    private final RuleSetCompiler compiler;
    private final WorkbookTestRunner tests;
    private final RuleLint lint;

    /** With the analysis' findings as warnings only, and no stored history. */
    public RuleSetCandidates(WorkbookTestRunner tests, Clock clock) {
        this(tests, clock, RuleLint.warningsOnly());
    }

    @Autowired
    public RuleSetCandidates(WorkbookTestRunner tests, Clock clock, RuleLint lint) {
        this.compiler = new RuleSetCompiler(clock);
        this.tests = tests;
        this.lint = lint;
    }

    public Candidate build(List<RuleFile> files) {
        return build(files, List.of());
    }

    /** @param skipped the files of the rule folder that are not read, to name when a test refers to a rule that is not there */
    public Candidate build(List<RuleFile> files, List<SkippedFile> skipped) {
        Candidate compiled = compiler.check(files).alsoSkipped(skipped);
        return lint.apply(compiled.valid() ? compiled.tested(tests.run(compiled.ruleSet(), files, compiled.skipped())) : compiled);
    }
}
