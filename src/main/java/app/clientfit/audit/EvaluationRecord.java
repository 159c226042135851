package app.clientfit.audit;

import java.time.Instant;
import java.util.List;

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
                               @JsonRawValue @Schema(type = "object", description = "the client facts as received") String facts) {
}
