package app.clientfit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.ResultActions;

import app.clientfit.web.WebProperties;

/**
 * Numbers at the edge and bodies that are not exactly one JSON object: each refusal is a 400 that names the
 * field, and a refused request never reaches the evaluation (so nothing is stored).
 */
@WebMvcTest(EvaluationController.class)
@EnableConfigurationProperties({WebProperties.class, EvaluationLimits.class})
@WithMockUser(roles = "COACH")
class InputEdgesTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EvaluationService evaluations;

    @Test
    void shouldRefuseANumberTooLargeToBeFinite() throws Exception {
        postJson("{\"clientId\":\"i\",\"stage\":\"ACTIVE\",\"averageDaysLate\":1e400}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("averageDaysLate"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a finite number"));
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldRefuseANonFiniteAttribute() throws Exception {
        postJson("{\"clientId\":\"i\",\"stage\":\"ACTIVE\",\"attributes\":{\"budget\":-1e400}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attributes.budget"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a finite number"));
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldRefuseANegativeInfinityNamingTheField() throws Exception {
        postJson("{\"clientId\":\"i\",\"stage\":\"ACTIVE\",\"averageDaysLate\":-1e400}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("averageDaysLate")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("must be a finite number")));
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldRefuseTheNulCharacterInAnyText() throws Exception {
        for (String body : List.of("{\"clientId\":\"a\\u0000b\",\"stage\":\"ACTIVE\"}",
                "{\"clientId\":\"a\",\"name\":\"x\\u0000\",\"stage\":\"ACTIVE\"}",
                "{\"clientId\":\"a\",\"stage\":\"ACTIVE\",\"attributes\":{\"note\":\"\\u0000\"}}",
                "{\"clientId\":\"a\",\"stage\":\"ACTIVE\",\"attributes\":{\"n\\u0000\":true}}")) {
            postJson(body)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("NUL character")));
        }
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldNameTheFieldOfANulCharacter() throws Exception {
        postJson("{\"clientId\":\"a\",\"name\":\"x\\u0000\",\"stage\":\"ACTIVE\"}")
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        postJson("{\"clientId\":\"a\",\"stage\":\"ACTIVE\",\"attributes\":{\"note\":\"\\u0000\"}}")
                .andExpect(jsonPath("$.errors[0].field").value("attributes.note"));
    }

    @Test
    void shouldRefuseAKeyGivenTwice() throws Exception {
        postJson("{\"clientId\":\"a\",\"stage\":\"ACTIVE\",\"clientId\":\"b\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("clientId"))
                .andExpect(jsonPath("$.detail").value(containsString("more than once")));
        postJson("{\"clientId\":\"a\",\"stage\":\"ACTIVE\",\"attributes\":{\"x\":1,\"x\":2}}")
                .andExpect(status().isBadRequest());
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldRefuseAnythingAfterTheJsonValue() throws Exception {
        postJson("{\"clientId\":\"a\",\"stage\":\"ACTIVE\"} {\"clientId\":\"b\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("more than one JSON value")))
                .andExpect(jsonPath("$.detail").value(not(containsString("app.clientfit"))));
        postJson("{\"clientId\":\"a\",\"stage\":\"ACTIVE\"} x")
                .andExpect(status().isBadRequest());
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldTakeMinusZeroForZero() throws Exception {
        ServiceAnswers.answerWith(evaluations, new EvaluationResponse("id-1", "a", "REVIEW", 0, List.of(),
                List.of(), "abc123", Instant.parse("2026-11-23T10:15:30Z")));

        postJson("{\"clientId\":\"a\",\"stage\":\"ACTIVE\",\"averageDaysLate\":-0.0,\"attributes\":{\"budget\":-0.0}}")
                .andExpect(status().isOk());

        ArgumentCaptor<Submission> submission = ArgumentCaptor.forClass(Submission.class);
        then(evaluations).should().evaluateAndRender(submission.capture(), any());
        assertThat(ClientMapper.toClient(submission.getValue().request()).getAverageDaysLate()).isEqualTo(Double.valueOf(0.0));
    }

    @Test
    void shouldStillRefuseANegativeNumber() throws Exception {
        postJson("{\"clientId\":\"a\",\"stage\":\"ACTIVE\",\"averageDaysLate\":-0.1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("averageDaysLate"));
        verifyNoInteractions(evaluations);
    }

    private ResultActions postJson(String body) throws Exception {
        return mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
