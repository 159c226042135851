package app.clientfit.explanation;

import java.util.List;

/**
 * A decision as the audit trail keeps it.
 *
 * @param firedRules the names of the rules that fired, in firing order
 * @param facts      the request body as it was received (JSON)
 */
public record StoredDecision(String evaluationId, String clientId, String verdict, int score, List<String> firedRules,
                             String rulesetVersion, String facts) {
}
