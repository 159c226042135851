package app.clientfit.evaluation;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.clientfit.problem.Problems;

/**
 * Serves at most clientfit.evaluation.max-in-flight evaluations at once and answers any more with 503 and
 * Retry-After at once: a thread that would only queue behind the others is given back, and the admitted
 * evaluations keep their latency. Runs after authentication, so only callers who may evaluate take a place.
 */
@Component
class EvaluationAdmission extends OncePerRequestFilter {

    private static final String RETRY_AFTER_SECONDS = "1";

    private final Semaphore places;
    private final int maxInFlight;
    private final ObjectMapper json;

    EvaluationAdmission(EvaluationLimits limits, ObjectMapper json) {
        this.maxInFlight = limits.maxInFlight();
        this.places = new Semaphore(maxInFlight);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/api/evaluations".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!places.tryAcquire()) {
            ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "overloaded", "Too many evaluations at once",
                    maxInFlight + " evaluations are being served, the most at once; nothing was evaluated or stored, repeat it shortly");
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }
}
