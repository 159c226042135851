package app.clientfit.audit;

import java.security.Principal;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.EvaluationRequest;
import app.clientfit.evaluation.TimeOrderedIds;

/** What the audit records about the HTTP request an evaluation came with, and stand-ins when there is none. */
@Component
class CurrentRequest {

    private static final int MAX_CALLER_LENGTH = 200;

    private final ObjectMapper json;

    CurrentRequest(ObjectMapper json) {
        this.json = json;
    }

    String requestId() {
        Object id = attribute(RequestIdFilter.ATTRIBUTE);
        return id != null ? id.toString() : TimeOrderedIds.next().toString();
    }

    /** The body as received, or (called outside a request) the facts serialized. */
    String facts(EvaluationRequest request) {
        Object raw = attribute(RawFactsCapture.ATTRIBUTE);
        if (raw != null) {
            return raw.toString();
        }
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts cannot be written as JSON", e);
        }
    }

    String caller() {
        String caller = authenticatedUser();
        return caller == null || caller.length() <= MAX_CALLER_LENGTH ? caller : caller.substring(0, MAX_CALLER_LENGTH);
    }

    private static String authenticatedUser() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            Principal user = servlet.getRequest().getUserPrincipal();
            return user == null ? null : user.getName();
        }
        return null;
    }

    private static Object attribute(String name) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : attributes.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
    }
}
