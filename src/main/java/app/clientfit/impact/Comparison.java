package app.clientfit.impact;

/**
 * One stored evaluation replayed on both sides, or why it could not be.
 *
 * @param failure null when replayed; else what kept it from being replayed (unreadable facts, a run stopped at a limit)
 */
record Comparison(String clientId, String evaluationId, Side before, Side after, String failure) {

    static Comparison failed(String clientId, String evaluationId, String failure) {
        return new Comparison(clientId, evaluationId, null, null, failure);
    }

    boolean verdictChanged() {
        return !before.verdict().equals(after.verdict());
    }

    /** The same verdict, but another score or other rules that fired. */
    boolean otherwiseChanged() {
        return before.score() != after.score() || !before.firedRules().equals(after.firedRules());
    }
}
