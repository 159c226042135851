package app.clientfit.evaluation;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import app.clientfit.web.WebProperties;

/** The size limits of a posted client come from configuration; each violation names its field. */
@WebMvcTest(EvaluationController.class)
@EnableConfigurationProperties({WebProperties.class, EvaluationLimits.class})
@TestPropertySource(properties = {"clientfit.evaluation.max-client-id-length=5", "clientfit.evaluation.max-name-length=6",
        "clientfit.evaluation.max-attributes=2", "clientfit.evaluation.max-attribute-name-length=4",
        "clientfit.evaluation.max-attribute-text-length=3"})
@WithMockUser(roles = "COACH")
class EvaluationLimitsTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EvaluationService evaluations;

    @Test
    void shouldRejectAClientIdOverTheConfiguredLength() throws Exception {
        postJson("{\"clientId\":\"abcdef\",\"stage\":\"ACTIVE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("clientId"))
                .andExpect(jsonPath("$.errors[0].message").value("must have at most 5 characters"));
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldRejectANameOverTheConfiguredLength() throws Exception {
        postJson("{\"clientId\":\"a\",\"stage\":\"ACTIVE\",\"name\":\"Müller &\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void shouldRejectMoreAttributesThanConfigured() throws Exception {
        postJson("{\"clientId\":\"a\",\"stage\":\"ACTIVE\",\"attributes\":{\"a\":1,\"b\":2,\"c\":3}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("at most 2 attributes are allowed"));
    }

    @Test
    void shouldRejectAnAttributeNameOrTextOverTheConfiguredLength() throws Exception {
        postJson("{\"clientId\":\"a\",\"stage\":\"ACTIVE\",\"attributes\":{\"longer\":1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("attribute names must have 1 to 4 characters"));
        postJson("{\"clientId\":\"a\",\"stage\":\"ACTIVE\",\"attributes\":{\"tier\":\"gold\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("attributes.tier"))
                .andExpect(jsonPath("$.errors[0].message").value("must have at most 3 characters"));
    }

    @Test
    void shouldAcceptWhatIsWithinTheLimits() throws Exception {
        postJson("{\"clientId\":\"abcde\",\"stage\":\"ACTIVE\",\"name\":\"Müller\",\"attributes\":{\"tier\":\"top\",\"b\":2}}")
                .andExpect(status().isOk());
    }

    private ResultActions postJson(String body) throws Exception {
        return mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
