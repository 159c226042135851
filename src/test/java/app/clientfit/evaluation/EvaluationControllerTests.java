package app.clientfit.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import app.clientfit.rules.NoActiveRuleSetException;
import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.web.WebProperties;

/** Bad input never reaches the rules and always gets a problem that names the field. */
@WebMvcTest(EvaluationController.class)
@EnableConfigurationProperties({WebProperties.class, EvaluationLimits.class})
@WithMockUser(roles = "COACH")
class EvaluationControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EvaluationService evaluations;

    @Test
    void shouldAnswerTheEvaluationForValidFacts() throws Exception {
        ServiceAnswers.answerWith(evaluations, new EvaluationResponse("id-1", "acme-001", "GOOD", 20, List.of(),
                List.of(), "abc123", Instant.parse("2026-11-23T10:15:30Z")));

        postJson("{\"clientId\":\"acme-001\",\"stage\":\"ACTIVE\",\"name\":\"Müller & Söhne\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("GOOD"))
                .andExpect(jsonPath("$.rulesetVersion").value("abc123"));
    }

    @Test
    void shouldRejectMalformedJson() throws Exception {
        postJson("{\"clientId\": \"acme\", ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldRejectAMissingClientId() throws Exception {
        postJson("{\"stage\":\"ACTIVE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("clientId"));
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldRejectAMissingStage() throws Exception {
        postJson("{\"clientId\":\"acme\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
    }

    @Test
    void shouldRejectAnUnknownStage() throws Exception {
        postJson("{\"clientId\":\"acme\",\"stage\":\"FORMER\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of PROSPECT, ACTIVE"));
    }

    @Test
    void shouldRejectANegativeCount() throws Exception {
        postJson("{\"clientId\":\"acme\",\"stage\":\"ACTIVE\",\"complaintsPerMonth\":-1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("complaintsPerMonth"));
    }

    @Test
    void shouldRejectMoreLateInvoicesThanInvoices() throws Exception {
        postJson("{\"clientId\":\"acme\",\"stage\":\"ACTIVE\",\"invoicesTotal\":3,\"invoicesPaidLate\":4}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invoicesPaidLate"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be greater than invoicesTotal"));
    }

    @Test
    void shouldRejectAWrongType() throws Exception {
        postJson("{\"clientId\":\"acme\",\"stage\":\"ACTIVE\",\"invoicesTotal\":\"ten\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invoicesTotal"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
    }

    @Test
    void shouldRejectAFractionForACount() throws Exception {
        postJson("{\"clientId\":\"acme\",\"stage\":\"ACTIVE\",\"invoicesTotal\":2.5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invoicesTotal"));
    }

    @Test
    void shouldRejectATextForABoolean() throws Exception {
        postJson("{\"clientId\":\"acme\",\"stage\":\"ACTIVE\",\"chaotic\":\"yes\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("chaotic"));
    }

    @Test
    void shouldRejectAnUnknownField() throws Exception {
        postJson("{\"clientId\":\"acme\",\"stage\":\"ACTIVE\",\"invoicesPaidLat\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invoicesPaidLat"));
    }

    @Test
    void shouldRejectNestedAttributeValues() throws Exception {
        postJson("{\"clientId\":\"acme\",\"stage\":\"ACTIVE\",\"attributes\":{\"budget\":{\"monthly\":5}}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attributes.budget"));
    }

    @Test
    void shouldRejectABodyOverTheLimit() throws Exception {
        postJson("{\"clientId\":\"acme\",\"stage\":\"ACTIVE\",\"name\":\"" + "x".repeat(70_000) + "\"}")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.status").value(413));
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldRejectAWrongContentType() throws Exception {
        mvc.perform(post("/api/evaluations").contentType(MediaType.TEXT_PLAIN).content("clientId=acme"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void shouldRefuseAnAnswerTheCallerCannotReadBeforeEvaluating() throws Exception {
        postJson("{\"clientId\":\"acme\",\"stage\":\"ACTIVE\"}", MediaType.APPLICATION_XML)
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldAnswerAProblemAsProblemJsonToACallerThatAcceptsJson() throws Exception {
        postJson("{\"clientId\": \"acme\", ", MediaType.APPLICATION_JSON)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void shouldAnswer503WhenNoValidRuleSetIsActive() throws Exception {
        given(evaluations.evaluateAndRender(any(), any())).willThrow(new NoActiveRuleSetException(
                List.of(new RuleProblem("rules/verdict.drl", "line 3", "syntax error"))));

        postJson("{\"clientId\":\"acme\",\"stage\":\"ACTIVE\"}")
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.errors[0].source").value("rules/verdict.drl"))
                .andExpect(jsonPath("$.errors[0].location").value("line 3"));
    }

    private ResultActions postJson(String body) throws Exception {
        return mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions postJson(String body, MediaType accepted) throws Exception {
        return mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).accept(accepted).content(body));
    }
}
