package app.clientfit.audit;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import app.clientfit.problem.Problems;

/** The audit's errors, answered as problem details by the shared advice. */
final class AuditProblems {

    /** One rejected query parameter. */
    record ParameterProblem(String field, String message) {
    }

    private AuditProblems() {
    }

    static ErrorResponseException notFound(String what) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " was not found"), null);
    }

    static ErrorResponseException invalidQuery(List<ParameterProblem> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query parameters",
                String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList()));
        problem.setProperty("errors", errors);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    static ErrorResponseException erasureUnavailable(String detail, Throwable cause) {
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "audit-unavailable", "The audit trail is unavailable", detail + "; the erasure is not confirmed, repeat it"), cause);
    }

    /** Nothing of the evaluation is stored, now or later; Retry-After says when to ask again. */
    static ErrorResponseException auditUnavailable(String detail, Throwable cause, long retryAfterSeconds) {
        ErrorResponseException unavailable = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE, "audit-unavailable", "The audit trail is unavailable",
                detail + "; the evaluation was not answered and nothing of it is stored, repeat it"), cause);
        unavailable.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return unavailable;
    }
}
