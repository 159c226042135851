package app.clientfit.evaluation;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.RuleSet;

/** Evaluates posted facts on the active rule set and gives the answer an id and a time. */
@Service
public class EvaluationService {

    private final ActiveRuleSet active;
    private final Evaluator evaluator;
    private final Clock clock;

    EvaluationService(ActiveRuleSet active, Evaluator evaluator, Clock clock) {
        this.active = active;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    public EvaluationResponse evaluate(EvaluationRequest request) {
        RuleSet ruleSet = active.require();
        Outcome outcome = evaluator.evaluate(ClientMapper.toClient(request), ruleSet);
        return EvaluationResponse.of(UUID.randomUUID().toString(), request.clientId(), outcome, clock.instant());
    }
}
