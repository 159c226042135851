package app.clientfit.explanation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.facts.Client;
import app.clientfit.facts.Finding;
import app.clientfit.rules.RuleCondition;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleSet;

/**
 * Explains a decision: every rule that did not fire, condition by condition (met, not met, or unknown because
 * a fact it reads was not given), the findings an exception waived, and the facts the rules missed. One extra
 * run of the rule set's probes, within the same limits as the evaluation.
 */
@Component
class Explainer {

    private final Evaluator evaluator;
    private final ProbeSets probeSets;

    Explainer(Evaluator evaluator, ProbeSets probeSets) {
        this.evaluator = evaluator;
        this.probeSets = probeSets;
    }

    Explanation explain(Client client, Decision decision, RuleSet ruleSet) {
        ProbeSet probes = probeSets.of(ruleSet);
        BitSet met = probes.compiled() == null ? new BitSet() : probes.met(evaluator.fire(decision.facts(client), probes.compiled()));
        FactReads facts = new FactReads(client);
        List<Explained> notFired = new ArrayList<>();
        for (PreparedRule rule : probes.rules()) {
            if (!decision.fired().contains(rule.decisionKey())) {
                notFired.add(explain(rule, met, facts));
            }
        }
        notFired.sort(Comparator.comparingInt(Explained::rank)); // stable, so file order within each rank
        return new Explanation(notFired.stream().map(Explained::view).toList(), waived(decision, ruleSet), unknownFacts(notFired));
    }

    /**
     * A rule that did not fire, with the facts that kept it from being decided.
     *
     * @param met how many of its conditions hold
     */
    private record Explained(Explanation.NotFiredRule view, List<String> unknown, int met) {

        boolean nearMiss() {
            return view.conditions().size() - met == 1;
        }

        /** Near misses first, those with the most conditions met foremost, not met before unknown. */
        int rank() {
            return (nearMiss() ? 0 : 1_000_000) - 10 * met + view.outcome().ordinal();
        }
    }

    private static Explained explain(PreparedRule rule, BitSet met, FactReads facts) {
        List<Explanation.ConditionResult> results = new ArrayList<>(rule.conditions().size());
        List<String> sentences = new ArrayList<>();
        List<String> unknownFacts = new ArrayList<>();
        boolean anyNotMet = false;
        for (PreparedCondition prepared : rule.conditions()) {
            RuleCondition condition = prepared.condition();
            boolean holds = met.get(prepared.number());
            List<String> unknown = holds ? List.of() : facts.unknown(prepared.given());
            ConditionOutcome outcome = holds ? ConditionOutcome.MET
                    : unknown.isEmpty() ? ConditionOutcome.NOT_MET : ConditionOutcome.UNKNOWN;
            String actual = prepared.reads().isEmpty() ? null : facts.value(prepared.reads().get(0));
            results.add(new Explanation.ConditionResult(condition.location(), condition.label(), condition.expected(), actual, outcome));
            if (outcome != ConditionOutcome.MET) {
                sentences.add(ConditionSentences.condition(prepared, outcome, unknown, facts));
            }
            anyNotMet |= outcome == ConditionOutcome.NOT_MET;
            for (String fact : unknown) {
                if (!unknownFacts.contains(fact)) {
                    unknownFacts.add(fact);
                }
            }
        }
        boolean onlyUnknown = !anyNotMet && !unknownFacts.isEmpty();
        ConditionOutcome outcome = onlyUnknown ? ConditionOutcome.UNKNOWN : ConditionOutcome.NOT_MET;
        RuleDefinition definition = rule.rule();
        return new Explained(new Explanation.NotFiredRule(definition.name(), definition.source(), definition.location(), outcome,
                Collections.unmodifiableList(results), ConditionSentences.rule(definition.name(), outcome, sentences)),
                onlyUnknown ? unknownFacts : List.of(), rule.conditions().size() - sentences.size());
    }

    private static List<Explanation.WaivedFinding> waived(Decision decision, RuleSet ruleSet) {
        return decision.findings().stream().filter(Finding::isWaived).map(finding -> {
            RuleDefinition by = ruleSet.rules().stream().filter(rule -> rule.name().equals(finding.getWaivedBy())).findFirst()
                    .orElse(new RuleDefinition(null, finding.getWaivedBy(), null, null));
            return new Explanation.WaivedFinding(finding.getRule(), by.name(), by.source(), by.location());
        }).toList();
    }

    private static List<Explanation.UnknownFact> unknownFacts(List<Explained> notFired) {
        Map<String, List<String>> rulesByFact = new LinkedHashMap<>();
        for (Explained explained : notFired) {
            for (String fact : explained.unknown()) {
                rulesByFact.computeIfAbsent(fact, key -> new ArrayList<>()).add(explained.view().rule());
            }
        }
        List<Explanation.UnknownFact> unknownFacts = new ArrayList<>(rulesByFact.size());
        rulesByFact.forEach((fact, rules) -> unknownFacts.add(new Explanation.UnknownFact(fact, Collections.unmodifiableList(rules))));
        return Collections.unmodifiableList(unknownFacts);
    }
}
