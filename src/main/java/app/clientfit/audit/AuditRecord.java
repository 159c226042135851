package app.clientfit.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One evaluation as it is written: the answer, and what the answer does not show.
 *
 * @param facts          the request body as received (JSON)
 * @param findings       the answer's findings (JSON array)
 * @param firedRules     the answer's fired rules in firing order (JSON array; see {@link FiredRuleNames})
 * @param batchId        the list the client came in with, or null
 */
record AuditRecord(UUID id, Instant evaluatedAt, String clientId, String verdict, int score, String rulesetVersion,
                   String caller, String requestId, String facts, String findings, String firedRules, String batchId) {

    /** A record of a client evaluated on its own. */
    AuditRecord(UUID id, Instant evaluatedAt, String clientId, String verdict, int score, String rulesetVersion, String caller,
                String requestId, String facts, String findings, String firedRules) {
        this(id, evaluatedAt, clientId, verdict, score, rulesetVersion, caller, requestId, facts, findings, firedRules, null);
    }
}
