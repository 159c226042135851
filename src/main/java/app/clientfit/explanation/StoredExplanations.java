package app.clientfit.explanation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.ClientMapper;
import app.clientfit.evaluation.EvaluationRequest;
import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Client;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleSet;

/**
 * Explains a stored decision on the rule version that made it: the stored facts are replayed on that version,
 * and a replay that does not give the stored answer is said to be so, with what differs (a defect to find).
 */
@Service
public class StoredExplanations {

    private final ArchivedRuleSets ruleSets;
    private final Evaluator evaluator;
    private final Explainer explainer;
    private final ObjectMapper json;

    StoredExplanations(ArchivedRuleSets ruleSets, Evaluator evaluator, Explainer explainer, ObjectMapper json) {
        this.ruleSets = ruleSets;
        this.evaluator = evaluator;
        this.explainer = explainer;
        this.json = json;
    }

    /** @param files the archived files of the decision's version, read only when that version must be compiled again */
    public StoredExplanation explain(StoredDecision stored, Supplier<List<RuleFile>> files) {
        RuleSet ruleSet = ruleSets.of(stored.rulesetVersion(), files);
        Client client = ClientMapper.toClient(request(stored));
        Outcome replay = evaluator.evaluate(client, ruleSet);
        List<String> differences = differences(stored, replay);
        return new StoredExplanation(stored.evaluationId(), stored.clientId(), stored.rulesetVersion(), stored.verdict(), stored.score(),
                differences.isEmpty(), differences, explainer.explain(client, Decision.of(replay), ruleSet));
    }

    private EvaluationRequest request(StoredDecision stored) {
        try {
            return json.readValue(stored.facts(), EvaluationRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored facts of evaluation " + stored.evaluationId() + " cannot be read again", e);
        }
    }

    private static List<String> differences(StoredDecision stored, Outcome replay) {
        List<String> differences = new ArrayList<>();
        if (!stored.verdict().equals(replay.verdict())) {
            differences.add("verdict: stored " + stored.verdict() + ", replayed " + replay.verdict());
        }
        if (stored.score() != replay.score()) {
            differences.add("score: stored " + stored.score() + ", replayed " + replay.score());
        }
        List<String> fired = replay.fired().stream().map(RuleDefinition::name).toList();
        if (!stored.firedRules().equals(fired)) {
            List<String> gained = fired.stream().filter(rule -> !stored.firedRules().contains(rule)).toList();
            List<String> lost = stored.firedRules().stream().filter(rule -> !fired.contains(rule)).toList();
            differences.add("fired rules: stored " + stored.firedRules() + ", replayed " + fired
                    + (gained.isEmpty() ? "" : "; fired only now: " + gained) + (lost.isEmpty() ? "" : "; fired only then: " + lost));
        }
        return differences;
    }
}
