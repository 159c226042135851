package app.clientfit.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;

import app.clientfit.facts.Finding;
import app.clientfit.facts.Verdict;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleSet;

/**
 * Listens to one evaluation: which rules fired, in order, and which findings and verdicts they
 * inserted. One instance per evaluation; never shared between sessions.
 */
final class FiringRecorder {

    record InsertedFinding(Finding finding, RuleDefinition rule) {
    }

    private final RuleSet ruleSet;
    private Rule lastRule;
    private RuleDefinition lastDefinition;
    private final List<RuleDefinition> fired = new ArrayList<>();
    private final List<InsertedFinding> findings = new ArrayList<>();
    private final List<Verdict> verdicts = new ArrayList<>();

    FiringRecorder(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            fired.add(definitionOf(event.getMatch().getRule()));
        }
    };

    final DefaultRuleRuntimeEventListener runtime = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Finding finding) {
                findings.add(new InsertedFinding(finding, event.getRule() == null ? null : definitionOf(event.getRule())));
            } else if (event.getObject() instanceof Verdict verdict) {
                verdicts.add(verdict);
            }
        }
    };

    /** A rule that inserts a finding is then reported as fired: the second lookup is the first one's. */
    private RuleDefinition definitionOf(Rule rule) {
        if (rule != lastRule) {
            lastDefinition = ruleSet.locate(rule.getPackageName(), rule.getName());
            lastRule = rule;
        }
        return lastDefinition;
    }

    List<RuleDefinition> fired() {
        return fired;
    }

    List<InsertedFinding> findings() {
        return findings;
    }

    List<Verdict> verdicts() {
        return verdicts;
    }
}
