package app.clientfit.evaluation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer to one evaluation, as CONTRACT.md describes it. */
public record EvaluationResponse(String evaluationId, String clientId, String verdict, int score,
                                 List<FindingView> findings, List<FiredRuleView> firedRules,
                                 String rulesetVersion, Instant evaluatedAt) {

    /** A finding with the rule and place that produced it; {@code waivedBy} names the rule that waived it, if one did. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FindingView(String rule, String category, int points, String reason, String source,
                              String location, String waivedBy) {
    }

    public record FiredRuleView(String rule, String source, String location) {
    }

    static EvaluationResponse of(String evaluationId, String clientId, Outcome outcome, Instant evaluatedAt) {
        return new EvaluationResponse(evaluationId, clientId, outcome.verdict(), outcome.score(),
                outcome.findings(),
                outcome.fired().stream().map(r -> new FiredRuleView(r.name(), r.source(), r.location())).toList(),
                outcome.rulesetVersion(), evaluatedAt);
    }
}
