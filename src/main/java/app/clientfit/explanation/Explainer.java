package app.clientfit.explanation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.facts.Client;
import app.clientfit.facts.Finding;
import app.clientfit.rules.RuleCondition;
import app.clientfit.rules.RuleConditions;
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
        Set<ProbeSet.Probe> met = new HashSet<>();
        if (probes.compiled() != null) {
            evaluator.fire(decision.facts(client), probes.compiled()).stream()
                    .map(fired -> probes.probe(fired.name())).filter(java.util.Objects::nonNull).forEach(met::add);
        }
        List<RuleConditions> rules = ruleSet.conditions();
        List<Explained> notFired = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            RuleDefinition rule = rules.get(r).rule();
            if (!decision.fired().contains(Decision.key(rule.name(), rule.source(), rule.location()))) {
                notFired.add(explain(r, rule, probes.conditions(r), met, client));
            }
        }
        // near misses first, those with the most conditions met foremost; stable, so file order within each group
        notFired.sort(Comparator.comparing((Explained explained) -> !explained.nearMiss())
                .thenComparing(Explained::met, Comparator.reverseOrder())
                .thenComparing(explained -> explained.view().outcome())); // not met before unknown
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
    }

    private static Explained explain(int index, RuleDefinition definition, List<PreparedCondition> conditions, Set<ProbeSet.Probe> met,
                                     Client client) {
        List<Explanation.ConditionResult> results = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        Set<String> unknownFacts = new java.util.LinkedHashSet<>();
        for (int c = 0; c < conditions.size(); c++) {
            PreparedCondition prepared = conditions.get(c);
            RuleCondition condition = prepared.condition();
            List<String> reads = prepared.reads();
            List<String> unknown = FactReads.unknown(reads, client);
            ConditionOutcome outcome = met.contains(new ProbeSet.Probe(index, c)) ? ConditionOutcome.MET
                    : unknown.isEmpty() ? ConditionOutcome.NOT_MET : ConditionOutcome.UNKNOWN;
            String actual = reads.isEmpty() ? null : FactReads.value(reads.get(0), client);
            results.add(new Explanation.ConditionResult(condition.location(), condition.label(), condition.expected(), actual, outcome));
            if (outcome != ConditionOutcome.MET) {
                sentences.add(ConditionSentences.condition(prepared, outcome, unknown, client));
            }
            if (outcome == ConditionOutcome.UNKNOWN) {
                unknownFacts.addAll(unknown);
            }
        }
        boolean onlyUnknown = results.stream().noneMatch(c -> c.outcome() == ConditionOutcome.NOT_MET) && !unknownFacts.isEmpty();
        ConditionOutcome outcome = onlyUnknown ? ConditionOutcome.UNKNOWN : ConditionOutcome.NOT_MET;
        return new Explained(new Explanation.NotFiredRule(definition.name(), definition.source(), definition.location(), outcome,
                List.copyOf(results), ConditionSentences.rule(definition.name(), outcome, sentences)),
                onlyUnknown ? List.copyOf(unknownFacts) : List.of(), conditions.size() - sentences.size());
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
        notFired.forEach(explained -> explained.unknown()
                .forEach(fact -> rulesByFact.computeIfAbsent(fact, key -> new ArrayList<>()).add(explained.view().rule())));
        return rulesByFact.entrySet().stream().map(e -> new Explanation.UnknownFact(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
