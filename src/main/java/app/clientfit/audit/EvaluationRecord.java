package app.clientfit.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import app.clientfit.evaluation.EvaluationResponse.FindingView;
import app.clientfit.evaluation.EvaluationResponse.FiredRuleView;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stored evaluation: the answer as it was given, plus who asked, the request's correlation id and
 * the facts exactly as they were received.
 */
public record EvaluationRecord(String evaluationId, String clientId, String verdict, int score, List<FindingView> findings,
                               List<FiredRuleView> firedRules, String rulesetVersion, Instant evaluatedAt,
                               String caller, String requestId,
                               @JsonRawValue @Schema(type = "object", description = "the client facts as received") String facts,
                               @JsonInclude(JsonInclude.Include.NON_NULL)
                               @Schema(description = "the list the client came in with (POST /api/evaluations/batch); absent otherwise")
                               String batchId) {

    /** A client evaluated on its own. */
    public EvaluationRecord(String evaluationId, String clientId, String verdict, int score, List<FindingView> findings,
                            List<FiredRuleView> firedRules, String rulesetVersion, Instant evaluatedAt, String caller, String requestId,
                            String facts) {
        this(evaluationId, clientId, verdict, score, findings, firedRules, rulesetVersion, evaluatedAt, caller, requestId, facts, null);
    }
}
