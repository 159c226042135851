package app.clientfit.explanation;

import org.springframework.stereotype.Service;

import app.clientfit.evaluation.ClientMapper;
import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.evaluation.EvaluationService;
import app.clientfit.evaluation.Submission;
import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.RuleSet;

/**
 * Evaluates (stored as usual) and explains on the same rule set, so the explanation is of the answer given even
 * when the active set changes in between: for {@code explain=true} and for the console's result page.
 */
@Service
public class ExplainedEvaluations {

    private final ActiveRuleSet active;
    private final EvaluationService evaluations;
    private final Explainer explainer;

    ExplainedEvaluations(ActiveRuleSet active, EvaluationService evaluations, Explainer explainer) {
        this.active = active;
        this.evaluations = evaluations;
        this.explainer = explainer;
    }

    public ExplainedEvaluation evaluate(Submission submission) {
        return evaluate(submission, active.require());
    }

    /** On the rule set given: an archived version, for an evaluation as of that version. */
    public ExplainedEvaluation evaluate(Submission submission, RuleSet ruleSet) {
        EvaluationResponse response = evaluations.evaluate(submission, ruleSet);
        return new ExplainedEvaluation(response,
                explainer.explain(ClientMapper.toClient(submission.request()), Decision.of(response), ruleSet));
    }
}
