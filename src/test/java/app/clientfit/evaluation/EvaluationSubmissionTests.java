package app.clientfit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import app.clientfit.web.WebProperties;

/** The controller hands the service what was asked, by whom, with which request: the body exactly as it came. */
@WebMvcTest(EvaluationController.class)
@EnableConfigurationProperties({WebProperties.class, EvaluationLimits.class})
@WithMockUser(username = "coach-anna", roles = "COACH")
class EvaluationSubmissionTests {

    private static final String BODY = "{\"clientId\":\"acme-001\",  \"stage\":\"ACTIVE\",\"name\":\"Müller & Söhne\",\"averageDaysLate\":12.50}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EvaluationService evaluations;

    @Test
    void shouldHandOverTheBodyAsReceivedTheCallerAndTheRequestId() throws Exception {
        Submission submission = submitted("trace-4711");

        assertThat(submission.receivedBody()).isEqualTo(BODY);
        assertThat(submission.request().name()).isEqualTo("Müller & Söhne");
        assertThat(submission.caller()).isEqualTo("coach-anna");
        assertThat(submission.requestId()).isEqualTo("trace-4711");
    }

    @Test
    void shouldHandOverTheRequestIdThatReplacedAnUnsafeOne() throws Exception {
        assertThat(submitted("evil id").requestId()).isNotEqualTo("evil id").hasSize(36);
    }

    private Submission submitted(String requestId) throws Exception {
        ServiceAnswers.answerWith(evaluations, new EvaluationResponse("id-1", "acme-001", "GOOD", 20, List.of(),
                List.of(), "abc123", Instant.parse("2026-11-23T10:15:30Z")));
        mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).header("X-Request-Id", requestId)
                        .content(BODY.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
        ArgumentCaptor<Submission> submission = ArgumentCaptor.forClass(Submission.class);
        then(evaluations).should().evaluateAndRender(submission.capture(), any());
        return submission.getValue();
    }
}
