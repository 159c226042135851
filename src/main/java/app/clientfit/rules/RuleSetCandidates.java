package app.clientfit.rules;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Builds a candidate from rule files: compiles them, then runs the workbooks' tests on the result.
 * Changes nothing; activating a valid candidate is the loader's business.
 */
@Component
public class RuleSetCandidates {

    private final RuleSetCompiler compiler;
    private final WorkbookTestRunner tests;

    public RuleSetCandidates(WorkbookTestRunner tests, Clock clock) {
        this.compiler = new RuleSetCompiler(clock);
        this.tests = tests;
    }

    public Candidate build(List<RuleFile> files) {
        return build(files, List.of());
    }

    /** @param skipped the files of the rule folder that are not read, to name when a test refers to a rule that is not there */
    public Candidate build(List<RuleFile> files, List<SkippedFile> skipped) {
        Candidate compiled = compiler.check(files).alsoSkipped(skipped);
        return compiled.valid() ? compiled.tested(tests.run(compiled.ruleSet(), files, compiled.skipped())) : compiled;
    }
}
