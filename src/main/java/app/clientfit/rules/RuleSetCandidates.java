package app.clientfit.rules;

import java.time.Clock;
import java.util.ArrayList;
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
        String version = RuleSetVersion.of(files);
        Compilation compilation = compiler.check(files);
        if (!compilation.valid()) {
            return new Candidate(version, files, null, compilation.rules(), compilation.errors(), compilation.warnings(), List.of());
        }
        WorkbookTestRunner.Run run = tests.run(compilation.ruleSet(), files);
        if (!run.problems().isEmpty()) {
            return new Candidate(version, files, null, compilation.rules(), new ArrayList<>(run.problems()), compilation.warnings(),
                    run.results());
        }
        return new Candidate(version, files, compilation.ruleSet(), compilation.rules(), List.of(), compilation.warnings(), run.results());
    }
}
