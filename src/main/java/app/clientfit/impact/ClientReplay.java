package app.clientfit.impact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.audit.EvaluationRecord;
import app.clientfit.evaluation.ClientMapper;
import app.clientfit.evaluation.EvaluationRequest;
import app.clientfit.evaluation.EvaluationResponse.FiredRuleView;
import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Client;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleSet;

/**
 * Replays one stored evaluation on the base and on the candidate. A record the base version made is not evaluated
 * again on it: its stored answer is that version's answer. A record an older version made is, so that a change is
 * the candidate's alone and not one an earlier version already made.
 */
final class ClientReplay {

    private final Evaluator evaluator;
    private final ObjectMapper json;
    private final RuleSet base;
    private final RuleSet candidate;

    /** @param base the version the candidate is compared with; null when none is active (then the stored answers are) */
    ClientReplay(Evaluator evaluator, ObjectMapper json, RuleSet base, RuleSet candidate) {
        this.evaluator = evaluator;
        this.json = json;
        this.base = base;
        this.candidate = candidate;
    }

    Comparison compare(EvaluationRecord stored) {
        try {
            Client client = ClientMapper.toClient(json.readValue(stored.facts(), EvaluationRequest.class));
            Side before = base == null || base.version().equals(stored.rulesetVersion()) ? stored(stored)
                    : side(evaluator.evaluate(client, base));
            return new Comparison(stored.clientId(), stored.evaluationId(), before, side(evaluator.evaluate(client, candidate)), null);
        } catch (JsonProcessingException e) {
            return Comparison.failed(stored.clientId(), stored.evaluationId(), "the stored facts cannot be read: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            return Comparison.failed(stored.clientId(), stored.evaluationId(), e.getMessage());
        }
    }

    private static Side stored(EvaluationRecord stored) {
        return new Side(stored.verdict(), stored.score(), stored.firedRules().stream().map(FiredRuleView::rule).toList());
    }

    private static Side side(Outcome outcome) {
        return new Side(outcome.verdict(), outcome.score(), outcome.fired().stream().map(RuleDefinition::name).toList());
    }
}
