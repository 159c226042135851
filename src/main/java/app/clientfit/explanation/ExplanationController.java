package app.clientfit.explanation;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.clientfit.evaluation.ClientMapper;
import app.clientfit.evaluation.EvaluationRequest;
import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.evaluation.EvaluationService;
import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.RuleSet;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;

/**
 * {@code POST /api/evaluations?explain=true}: the evaluation as usual (stored as usual), and why the other rules
 * did not fire. Without the parameter the plain evaluation answers, and none of this runs.
 */
@RestController
class ExplanationController {

    private final ActiveRuleSet active;
    private final EvaluationService evaluations;
    private final Explainer explainer;

    ExplanationController(ActiveRuleSet active, EvaluationService evaluations, Explainer explainer) {
        this.active = active;
        this.evaluations = evaluations;
        this.explainer = explainer;
    }

    @Hidden // one operation in the description: the evaluation's, which documents the explain parameter
    @PostMapping(path = "/api/evaluations", params = "explain=true", consumes = MediaType.APPLICATION_JSON_VALUE)
    ExplainedEvaluation evaluate(@Valid @RequestBody EvaluationRequest request) {
        RuleSet ruleSet = active.require();
        EvaluationResponse response = evaluations.evaluate(request, ruleSet);
        return new ExplainedEvaluation(response, explainer.explain(ClientMapper.toClient(request), Decision.of(response), ruleSet));
    }
}
