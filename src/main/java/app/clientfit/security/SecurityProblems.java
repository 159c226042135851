package app.clientfit.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Answers every refusal of the security layer as problem details, like every other error. */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    static final String REALM = "ClientFit";

    private final ObjectMapper json;

    SecurityProblems(ObjectMapper json) {
        this.json = json;
    }

    /**
     * No credentials, or wrong ones: 401 with the challenge that makes clients send Basic credentials.
     * Too many failed logins of this user name from this address: 429 with the seconds to wait.
     */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) throws IOException {
        if (ex instanceof SlowedLogins.WaitBeforeTrying wait) {
            long seconds = Math.max(1, (wait.retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "login-delayed", "Too many failed logins",
                    "too many failed logins for this user name from this address; try again in " + seconds + " s"));
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
                "log in with HTTP Basic: a user name and password given by the service's administrator"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex) throws IOException {
        write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role",
                request.getMethod() + " " + request.getRequestURI() + " needs a role your user does not have"
                        + " (COACH < AUDITOR < ADMIN)"));
    }

    /** A request that would change something, sent by a web page of another site (see CrossSiteRequests). */
    void crossSite(HttpServletResponse response) throws IOException {
        write(response, Problems.of(HttpStatus.FORBIDDEN, "cross-site-request", "Cross-site request refused",
                "a web page of another site cannot change ClientFit; call the API from a script or tool"));
    }

    /** A URL the firewall refuses (encoded slashes, "..", control characters): 400, never echoed back. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex) throws IOException {
        write(response, Problems.of(HttpStatus.BAD_REQUEST, "rejected-url", "Request URL not allowed",
                "the URL contains characters or sequences that are never allowed (e.g. '..', encoded slashes, control characters)"));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
