package app.clientfit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems the OpenAPI description names, each with a typical answer as its example. */
enum DocumentedProblem {

    BAD_REQUEST(400, "The request is not valid, e.g. a URL that is never allowed ('..', encoded slashes, control characters)",
            "rejected-url", "Request URL not allowed",
            "the URL contains characters or sequences that are never allowed (e.g. '..', encoded slashes, control characters)", null),
    INVALID_FACTS(400, "The client facts are not valid: malformed JSON, a missing clientId or stage, an unknown stage or field, "
            + "a negative count, invoicesPaidLate over invoicesTotal, a wrong type; `errors` names each field",
            "invalid-facts", "Invalid client facts", "1 field(s) are not valid: invoicesPaidLate must not be more than invoicesTotal",
            List.of(Map.of("field", "invoicesPaidLate", "message", "must not be more than invoicesTotal"))),
    INVALID_QUERY(400, "A query parameter is unknown or not valid; `errors` names each one",
            "invalid-query", "Invalid query parameters", "verdict must be one of GOOD, REVIEW, BAD",
            List.of(Map.of("field", "verdict", "message", "must be one of GOOD, REVIEW, BAD"))),
    INVALID_FILE(400, "The file name is not the plain name of a rule file (.drl, .xlsx, .xls, .ods, .csv), or the upload cannot be read",
            "invalid-file-name", "Invalid file name", "give the plain name of a file in the rule folder, such as payment.xlsx", null),
    UNAUTHORIZED(401, "No credentials, or wrong ones; log in with HTTP Basic",
            "unauthorized", "Authentication required",
            "log in with HTTP Basic: a user name and password given by the service's administrator", null),
    FORBIDDEN(403, "The user's role is too small for this operation (COACH < AUDITOR < ADMIN), or a web page of another site sent it",
            "forbidden", "Not allowed for your role",
            "POST /api/rules/reload needs a role your user does not have (COACH < AUDITOR < ADMIN)", null),
    NOT_FOUND(404, "Nothing with this id or name exists",
            "not-found", "Not found", "evaluation '01a2333f-7015-717f-8259-7c9c0bd8d4a2' was not found", null),
    NOT_ACCEPTABLE(406, "The Accept header takes no JSON, the only form of this answer; nothing was evaluated or stored",
            "406", "Not Acceptable", "Acceptable representations: [application/json].", null),
    BUILD_IN_PROGRESS(409, "Another build of the rule set is going on and did not end in time; try again",
            "rule-build-in-progress", "Another build of the rule set is going on",
            "another build of the rule set is still going on after 30 s; the active rule set keeps serving", null),
    REPLAY_CANCELLED(409, "The replay was cancelled before it ended (DELETE /api/rules/impact); nothing was changed",
            "replay-cancelled", "The replay was cancelled",
            "The replay was cancelled before it ended (DELETE /api/rules/impact); nothing was changed.", null),
    BODY_TOO_LARGE(413, "The request body is over the configured limit (clientfit.web.max-body-size for JSON, "
            + "spring.servlet.multipart.max-file-size for uploads)",
            "body-too-large", "Request body too large", "the request body has 70000 bytes; the limit is 65536 bytes", null),
    UNSUPPORTED_MEDIA_TYPE(415, "The Content-Type is not the one this operation reads",
            "415", "Unsupported Media Type", "Content-Type 'text/plain' is not supported.", null),
    INVALID_RULE_SET(422, "The rule files have errors, each named by file and place; the previous rule set stays active",
            "invalid-rule-set", "The rule files have errors",
            "1 problem(s); the previous rule set stays active. First: rules/verdict.drl, line 20: unknown fact 'scor'",
            List.of(Map.of("source", "rules/verdict.drl", "location", "line 20", "message", "unknown fact 'scor'"))),
    TOO_MANY_LOGINS(429, "Too many failed logins of this user name from this address; Retry-After says how many seconds to wait",
            "login-delayed", "Too many failed logins",
            "too many failed logins for this user name from this address; try again in 4 s", null),
    REPLAY_RUNNING(429, "Another replay is running: one runs at a time; Retry-After says when to ask again",
            "replay-running", "A replay is running", "One replay runs at a time and one is running (a replay of verdict.drl, "
                    + "started 2026-12-01T10:15:30Z, 41000 stored evaluations read so far). Wait until it ends and ask again, or "
                    + "cancel it with DELETE /api/rules/impact.", null),
    INTERNAL_ERROR(500, "An unexpected error; it was logged",
            "internal-error", "Internal error", "the request could not be completed; the error was logged", null),
    RULE_STOPPED(500, "A rule was stopped at a limit (firings, time or memory: clientfit.rules.max-*) for this client; "
            + "nothing was stored, and asking again does not help until the rule is fixed. The problem names the rule",
            "rule-limit-exceeded", "A rule was stopped at a limit",
            "the evaluation was stopped after 10,000 rule firings, the limit, while the rule 'Count reminders' "
                    + "(rules/reminders.drl, line 8) was firing. ... Nothing was stored for this client; once the rule is fixed and "
                    + "saved, evaluate the client again.", null),
    NO_RULE_SET(503, "No valid rule set is active (the rule folder has errors since the start); `errors` names them",
            "no-active-rule-set", "No valid rule set is active", "no valid rule set is active; fix the rule files and reload",
            List.of(Map.of("source", "rules/verdict.drl", "location", "line 20", "message", "unknown fact 'scor'"))),
    EVALUATION_UNAVAILABLE(503, "No valid rule set is active, the audit trail could not store the record in time (Retry-After), "
            + "or too many evaluations are served at once (type urn:clientfit:problem:overloaded, Retry-After); "
            + "nothing was answered or stored, try again later",
            "audit-unavailable", "The audit trail is unavailable",
            "the audit record was not confirmed within 10s; the evaluation was not answered", null);

    private final int status;
    private final String description;
    private final Map<String, Object> example;

    DocumentedProblem(int status, String description, String type, String title, String detail, List<Map<String, String>> errors) {
        this.status = status;
        this.description = description;
        this.example = new LinkedHashMap<>();
        example.put("type", "urn:clientfit:problem:" + type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        if (errors != null) {
            example.put("errors", errors);
        }
    }

    int status() {
        return status;
    }

    String description() {
        return description;
    }

    Map<String, Object> example() {
        return example;
    }
}
