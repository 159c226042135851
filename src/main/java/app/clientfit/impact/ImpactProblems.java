package app.clientfit.impact;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import app.clientfit.problem.Problems;

/** The impact's errors, answered as problem details by the shared advice. */
final class ImpactProblems {

    private static final String RETRY_AFTER_SECONDS = "10";

    private ImpactProblems() {
    }

    static ErrorResponseException busy(String running) {
        ErrorResponseException busy = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                "replay-running", "A replay is running", "One replay runs at a time and one is running (" + running
                        + "). Wait until it ends and ask again, or cancel it with DELETE /api/rules/impact."), null);
        busy.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return busy;
    }

    static ErrorResponseException cancelled() {
        return new ErrorResponseException(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "replay-cancelled",
                "The replay was cancelled", "The replay was cancelled before it ended (DELETE /api/rules/impact); nothing was changed."), null);
    }

    static ErrorResponseException noReplayRunning() {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "no replay is running"), null);
    }

    static ErrorResponseException unknownVersion(String version) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "rule version '" + version + "' was not found: it was never activated here (GET /api/rules/versions lists the versions)"), null);
    }
}
