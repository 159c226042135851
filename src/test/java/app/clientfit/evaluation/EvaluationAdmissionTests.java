package app.clientfit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;

class EvaluationAdmissionTests {

    private final EvaluationAdmission admission = new EvaluationAdmission(
            new EvaluationLimits(200, 500, 100, 100, 1000, 1), new ObjectMapper());
    private final AtomicInteger served = new AtomicInteger();

    @Test
    void shouldAnswerAnEvaluationBeyondTheLimitAtOnceWithServiceUnavailable() throws Exception {
        MockHttpServletResponse refused = new MockHttpServletResponse();
        FilterChain whileOneIsServed = (request, response) -> {
            served.incrementAndGet();
            admission.doFilter(evaluation(), refused, (inner, answer) -> served.incrementAndGet());
        };

        admission.doFilter(evaluation(), new MockHttpServletResponse(), whileOneIsServed);

        assertThat(served).hasValue(1);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("urn:clientfit:problem:overloaded");
    }

    @Test
    void shouldAdmitTheNextEvaluationOnceTheLastOneIsAnswered() throws Exception {
        admission.doFilter(evaluation(), new MockHttpServletResponse(), (request, response) -> served.incrementAndGet());
        MockHttpServletResponse next = new MockHttpServletResponse();

        admission.doFilter(evaluation(), next, (request, response) -> served.incrementAndGet());

        assertThat(served).hasValue(2);
        assertThat(next.getStatus()).isEqualTo(200);
    }

    @Test
    void shouldLeaveOtherRequestsAlone() throws Exception {
        MockHttpServletResponse search = new MockHttpServletResponse();
        FilterChain whileOneIsServed = (request, response) ->
                admission.doFilter(new MockHttpServletRequest("GET", "/api/evaluations"), search, (inner, answer) -> served.incrementAndGet());

        admission.doFilter(evaluation(), new MockHttpServletResponse(), whileOneIsServed);

        assertThat(served).hasValue(1);
        assertThat(search.getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest evaluation() {
        return new MockHttpServletRequest("POST", "/api/evaluations");
    }
}
