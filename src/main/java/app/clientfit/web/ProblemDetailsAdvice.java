package app.clientfit.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import app.clientfit.evaluation.RunLimitExceededException;
import app.clientfit.problem.Problems;
import app.clientfit.rules.NoActiveRuleSetException;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleSetBuildInProgressException;
import app.clientfit.rules.RuleSetInvalidException;
import app.clientfit.rules.problem.RuleProblem;

/** Every error as application/problem+json, saying where and what, never which Java class. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getAllErrors().stream().map(ProblemDetailsAdvice::toFieldProblem).toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-facts", "Invalid client facts",
                errors.size() + " field(s) are not valid: " + String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, BodyTooLargeException.class) != null) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                    "body-too-large", "Request body too large", causedBy(ex, BodyTooLargeException.class).getMessage()));
        }
        JsonProblems.Explained explained = JsonProblems.explain(ex);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "unreadable-json", "Unreadable request body", explained.detail());
        if (explained.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(explained.field(), explained.message())));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NoActiveRuleSetException.class)
    ResponseEntity<ProblemDetail> noRuleSet(NoActiveRuleSetException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "no-active-rule-set", "No valid rule set is active", ex.getMessage());
        problem.setProperty("errors", ex.problems());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    @ExceptionHandler(RuleSetInvalidException.class)
    ResponseEntity<ProblemDetail> invalidRuleSet(RuleSetInvalidException ex) {
        List<RuleProblem> problems = ex.problems();
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-rule-set", "The rule files have errors",
                problems.size() + " problem(s); the previous rule set stays active. First: " + problems.get(0));
        problem.setProperty("errors", problems);
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    /**
     * The rules were stopped at a limit for this client: the request was fine, the rule set is not, and asking
     * again does not help until the rule is fixed; so a 500 that says which rule, and not a 503 that invites
     * retries, each of which would cost a whole limit again.
     */
    @ExceptionHandler(RunLimitExceededException.class)
    ResponseEntity<ProblemDetail> ruleStopped(RunLimitExceededException ex) {
        log.warn("Evaluation on rule set {} stopped: {}", ex.rulesetVersion(), ex.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "rule-limit-exceeded", "A rule was stopped at a limit",
                ex.getMessage() + " Nothing was stored for this client; once the rule is fixed and saved, evaluate the client again.");
        RuleDefinition rule = ex.rule();
        setIfKnown(problem, "rule", rule == null ? null : rule.name());
        setIfKnown(problem, "source", rule == null ? null : rule.source());
        setIfKnown(problem, "location", rule == null ? null : rule.location());
        setIfKnown(problem, "limit", ex.limitText());
        setIfKnown(problem, "rulesetVersion", ex.rulesetVersion());
        return ResponseEntity.internalServerError().body(problem);
    }

    @ExceptionHandler(RuleSetBuildInProgressException.class)
    ResponseEntity<ProblemDetail> buildInProgress(RuleSetBuildInProgressException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "rule-build-in-progress",
                "Another build of the rule set is going on", ex.getMessage()));
    }

    /** A multipart body that cannot be parsed (no boundary, cut off); one over the size limit is a 413 above. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException ex) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-upload", "Unreadable upload",
                "the multipart body cannot be read; send the file as multipart/form-data with a boundary"));
    }

    /** A parameter (in the query, or in a form body read for one) that the firewall refuses once it is read. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejectedParameter(RequestRejectedException ex) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query parameters",
                "a parameter name or value holds characters that are never allowed (control characters, or bytes that are no text)"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Internal error", "the request could not be completed; the error was logged"));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() != null && "about:blank".equals(problem.getType().toString())) {
            problem.setType(java.net.URI.create("urn:clientfit:problem:" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static void setIfKnown(ProblemDetail problem, String name, String value) {
        if (value != null) {
            problem.setProperty(name, value);
        }
    }

    private static FieldProblem toFieldProblem(ObjectError error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
        return new FieldProblem(field, error.getDefaultMessage());
    }

    private static Throwable causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }
}
