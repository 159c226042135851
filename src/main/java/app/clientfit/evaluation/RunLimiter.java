package app.clientfit.evaluation;

import java.util.HashMap;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieRuntime;

import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleSet;

/**
 * Keeps one run within its limits: counts the firings, and at every firing and every change of a fact
 * looks whether the watchdog found the run over its time or memory limit; past a limit it halts the
 * session, which ends the run cleanly. Knows which rule is firing, and which rules changed facts, to
 * name the rule a run was stopped for.
 */
final class RunLimiter {

    /** How many facts a rule inserted, updated or deleted, and how many of those it updated or deleted. */
    private static final class Changes {
        int all;
        int ofMatchedFacts;
    }

    private final RunLimits limits;
    private final RunWatch watch;
    private final Map<Rule, Changes> changes = new HashMap<>();
    private int fired;
    private Rule firing;
    private Rule lastFired;
    private RunLimitExceededException.Limit halted;
    private Rule haltedIn;

    RunLimiter(RunLimits limits, RunWatch watch) {
        this.limits = limits;
        this.watch = watch;
    }

    final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Rule rule = event.getMatch().getRule();
            firing = null;
            lastFired = rule;
            if (++fired > limits.maxFirings()) {
                halt(RunLimitExceededException.Limit.FIRINGS, rule, event.getKieRuntime());
            } else {
                check(rule, event.getKieRuntime());
            }
        }
    };

    final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            changed(event.getRule(), false);
            check(event.getRule(), event.getKieRuntime());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            changed(event.getRule(), true);
            check(event.getRule(), event.getKieRuntime());
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            changed(event.getRule(), true);
        }
    };

    /** Whether the run halted itself at a limit. */
    boolean halted() {
        return halted != null;
    }

    /** Why the run halted itself, and the rule it ran away in. */
    RunLimitExceededException exceeded(RuleSet ruleSet) {
        return exception(halted, limits.inWords(halted), runaway(), false, ruleSet);
    }

    /** The run was stopped from outside, over this limit, in the rule that was firing. */
    RunLimitExceededException stopped(RunLimitExceededException.Limit limit, RuleSet ruleSet) {
        return exception(limit, limits.inWords(limit), firing, true, ruleSet);
    }

    /** The run needed more memory than the service has, in the rule that was firing. */
    RunLimitExceededException outOfMemory(RuleSet ruleSet) {
        return exception(RunLimitExceededException.Limit.MEMORY, null, firing, true, ruleSet);
    }

    private void changed(Rule rule, boolean matchedFact) {
        if (rule != null) {
            Changes counted = changes.computeIfAbsent(rule, r -> new Changes());
            counted.all++;
            if (matchedFact) {
                counted.ofMatchedFacts++;
            }
        }
    }

    private void check(Rule rule, KieRuntime runtime) {
        RunLimitExceededException.Limit over = watch.tripped();
        if (over != null) {
            halt(over, rule, runtime);
        }
    }

    private void halt(RunLimitExceededException.Limit limit, Rule rule, KieRuntime runtime) {
        if (halted == null) {
            halted = limit;
            haltedIn = rule;
            runtime.halt();
        }
    }

    /**
     * The rule a run that kept firing is due to. A rule that changes facts wakes up every rule those facts
     * match, itself included, so in a loop the rules that change facts change about as many: the one that
     * changed the most is taken, and among those about even, the one that changed facts it matched
     * (update, modify, delete) rather than only adding new ones. The rule that was firing when none changed any.
     */
    private Rule runaway() {
        int most = changes.values().stream().mapToInt(counted -> counted.all).max().orElse(0);
        Rule runaway = haltedIn;
        Changes best = null;
        for (Map.Entry<Rule, Changes> entry : changes.entrySet()) {
            Changes counted = entry.getValue();
            if (counted.all >= most - 1 && (best == null || counted.ofMatchedFacts > best.ofMatchedFacts
                    || counted.ofMatchedFacts == best.ofMatchedFacts && entry.getKey() == haltedIn)) {
                runaway = entry.getKey();
                best = counted;
            }
        }
        return runaway;
    }

    private RunLimitExceededException exception(RunLimitExceededException.Limit limit, String limitText, Rule rule, boolean firing,
                                                RuleSet ruleSet) {
        RuleDefinition suspect = rule == null && !ruleSet.patternRules().isEmpty() ? ruleSet.patternRules().get(0) : null;
        return new RunLimitExceededException(limit, limitText, locate(rule, ruleSet), firing,
                rule == null ? locate(lastFired, ruleSet) : null, suspect, ruleSet.version());
    }

    private static RuleDefinition locate(Rule rule, RuleSet ruleSet) {
        return rule == null ? null : ruleSet.locate(rule.getPackageName(), rule.getName());
    }
}
