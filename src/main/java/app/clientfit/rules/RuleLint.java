package app.clientfit.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import app.clientfit.rules.lint.FiringHistory;
import app.clientfit.rules.lint.HistoryLint;
import app.clientfit.rules.lint.LintCode;
import app.clientfit.rules.lint.LintProperties;
import app.clientfit.rules.lint.LintWarning;
import app.clientfit.rules.problem.RuleProblem;

/**
 * The rules' analysis as the service applies it: the findings from the stored history added to those of the
 * compiler, and, with {@code clientfit.rules.lint=error}, the configured codes turned into errors.
 */
@Component
public class RuleLint {

    private final LintProperties properties;
    private final Optional<HistoryLint> history;

    @Autowired
    public RuleLint(LintProperties properties, ObjectProvider<FiringHistory> history, Clock clock) {
        this(properties, Optional.ofNullable(history.getIfAvailable()).map(h -> new HistoryLint(h, properties.neverFiredAfter(), clock)));
    }

    RuleLint(LintProperties properties, Optional<HistoryLint> history) {
        this.properties = properties;
        this.history = history;
    }

    /** Warnings only, and no history. */
    static RuleLint warningsOnly() {
        return new RuleLint(LintProperties.warnings(), Optional.empty());
    }

    /** What the stored history says about the rules (none when the audit is off). */
    public List<RuleProblem> fromHistory(RuleSet ruleSet) {
        return history.map(h -> problems(h.check(LintSubjects.of(ruleSet.conditions())))).orElse(List.of());
    }

    /** Every warning of the rule set: the compiler's and the history's. */
    public List<RuleProblem> warnings(RuleSet ruleSet) {
        List<RuleProblem> all = new ArrayList<>(ruleSet.warnings());
        all.addAll(fromHistory(ruleSet));
        return all;
    }

    Candidate apply(Candidate candidate) {
        List<RuleProblem> found = candidate.valid() ? fromHistory(candidate.ruleSet()) : List.of();
        return candidate.linted(found, problem -> problem.code() != null && properties.blocks(LintCode.valueOf(problem.code())));
    }

    static List<RuleProblem> problems(List<LintWarning> warnings) {
        return warnings.stream().map(w -> new RuleProblem(w.source(), w.location(), w.message(), w.code().name())).toList();
    }
}
