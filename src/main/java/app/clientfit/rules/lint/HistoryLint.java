package app.clientfit.rules.lint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rules that never fired, and rules that read a fact no client ever gave, over the stored evaluations of
 * the last {@code clientfit.rules.never-fired-after}.
 */
public final class HistoryLint {

    private final FiringHistory history;
    private final Duration period;
    private final Clock clock;

    public HistoryLint(FiringHistory history, Duration period, Clock clock) {
        this.history = history;
        this.period = period;
        this.clock = clock;
    }

    public List<LintWarning> check(List<LintRule> rules) {
        Instant since = clock.instant().minus(period);
        Set<String> facts = new TreeSet<>();
        rules.forEach(rule -> ConditionSet.of(rule).facts().stream().filter(FactDomains::posted).forEach(facts::add));
        return history.since(since, rules.stream().map(LintRule::name).distinct().toList(), facts)
                .map(seen -> warnings(rules, seen))
                .orElse(List.of());
    }

    private List<LintWarning> warnings(List<LintRule> rules, FiringHistory.Period seen) {
        List<LintWarning> warnings = new ArrayList<>();
        String days = period.toDays() == 1 ? "day" : period.toDays() + " days";
        for (LintRule rule : rules) {
            if (!seen.firedRules().contains(rule.name())) {
                warnings.add(new LintWarning(rule.source(), rule.location(), LintCode.NEVER_FIRED, "'" + rule.name()
                        + "' did not fire for any client evaluated in the last " + days + "; check whether its conditions can still be met"));
            }
            ConditionSet.of(rule).facts().stream().filter(FactDomains::posted).filter(fact -> !seen.givenFacts().contains(fact))
                    .findFirst().ifPresent(fact -> warnings.add(new LintWarning(rule.source(), rule.location(), LintCode.UNKNOWN_ALWAYS,
                            "'" + rule.name() + "' reads " + fact + ", which no client evaluated in the last " + days
                                    + " gave, so it cannot fire until clients give it")));
        }
        return warnings;
    }
}
