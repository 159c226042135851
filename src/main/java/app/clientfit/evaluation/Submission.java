package app.clientfit.evaluation;

/**
 * One request to evaluate a client, as it came in.
 *
 * @param request      the facts as posted, read and validated
 * @param receivedBody the body's text exactly as received (number formats, field order, umlauts), or
 *                     {@code null} when the facts did not come over HTTP
 * @param caller       the authenticated user's name, or {@code null} when there is none
 * @param requestId    the correlation id of the request
 * @param batchId      the list this client came in with, or {@code null} for a client evaluated on its own
 */
public record Submission(EvaluationRequest request, String receivedBody, String caller, String requestId, String batchId) {

    public Submission(EvaluationRequest request, String receivedBody, String caller, String requestId) {
        this(request, receivedBody, caller, requestId, null);
    }

    /** Facts read from one row of a list: the row's facts as JSON, the caller, the list's request and batch id. */
    public static Submission fromBatch(EvaluationRequest request, String facts, String caller, String requestId, String batchId) {
        return new Submission(request, facts, caller, requestId, batchId);
    }

    /** Facts evaluated without an HTTP request: no body, no caller, a new correlation id. */
    public static Submission withoutHttp(EvaluationRequest request) {
        return new Submission(request, null, null, TimeOrderedIds.next().toString());
    }

    /** Facts a signed-in caller gave through a form: no JSON body; the request's id, or a new one. */
    public static Submission fromForm(EvaluationRequest request, String caller, String requestId) {
        return new Submission(request, null, caller, requestId != null ? requestId : TimeOrderedIds.next().toString());
    }
}
