package app.clientfit.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.EvaluationRequest;
import app.clientfit.evaluation.Submission;
import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.evaluation.EvaluationService;

@ConsolePageTest(EvaluatePageController.class)
@WithMockUser(username = "coach", roles = "COACH")
class EvaluatePageControllerTests {

    static final EvaluationResponse ANSWER = new EvaluationResponse("01a2-e", "late-payer-001", "BAD", -60,
            List.of(new EvaluationResponse.FindingView("Late payer", "PAYMENT", -40, "7 of 10 invoices paid late",
                    "rules/payment-and-boundaries.xlsx", "sheet Payment, row 10", null)),
            List.of(new EvaluationResponse.FiredRuleView("Late payer", "rules/payment-and-boundaries.xlsx", "sheet Payment, row 10"),
                    new EvaluationResponse.FiredRuleView("Verdict: bad", "rules/verdict.drl", "line 20")),
            "371c7ea31c7f", Instant.parse("2026-11-23T10:15:30Z"));

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @MockitoBean
    EvaluationService evaluations;

    @Test
    void shouldOfferAnInputNamedAsEachFactWithUnknownAsTheDefaultAnswer() throws Exception {
        String page = mvc.perform(get("/console/evaluate")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        for (FactField field : FactField.ALL) {
            assertThat(page).as(field.name()).contains("name=\"" + field.name() + "\"");
        }
        assertThat(page).containsPattern("type=\"radio\" name=\"chaotic\" value=\"\" checked")
                .contains("name=\"attributes[0].name\"", "name=\"attributes[0].value\"")
                .contains("Calls and messages in the evening or at weekends, per month.");
    }

    @Test
    void shouldFillTheFormFromASamplePersona() throws Exception {
        mvc.perform(get("/console/evaluate").param("persona", "ideal-client"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Traumkunde AG\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"monthlyBudget\"")));
    }

    @Test
    void shouldHandTheServiceEveryPersonaExactlyAsTheApiWouldReadIt() throws Exception {
        when(evaluations.evaluate(any())).thenReturn(ANSWER);
        for (Path persona : personas()) {
            EvaluationRequest expected = json.readValue(persona.toFile(), EvaluationRequest.class);

            mvc.perform(asForm(json.readValue(persona.toFile(), new TypeReference<Map<String, Object>>() {
            }))).andExpect(status().isOk());

            ArgumentCaptor<Submission> posted = ArgumentCaptor.forClass(Submission.class);
            verify(evaluations, org.mockito.Mockito.atLeastOnce()).evaluate(posted.capture());
            assertThat(posted.getValue().request()).as(persona.getFileName().toString()).isEqualTo(expected);
            assertThat(posted.getValue().caller()).isEqualTo("coach");
        }
    }

    @Test
    void shouldLeaveOutWhatWasLeftEmptyOrUnknown() throws Exception {
        when(evaluations.evaluate(any())).thenReturn(ANSWER);

        mvc.perform(post("/console/evaluate").with(csrf()).param("clientId", "köln-ä-01").param("stage", "PROSPECT")
                .param("name", "").param("invoicesTotal", "").param("chaotic", "").param("attributes[0].name", "")
                .param("attributes[0].value", "ignored"));

        ArgumentCaptor<Submission> posted = ArgumentCaptor.forClass(Submission.class);
        verify(evaluations).evaluate(posted.capture());
        assertThat(posted.getValue().request()).isEqualTo(new EvaluationRequest("köln-ä-01", null, app.clientfit.facts.Stage.PROSPECT,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null));
    }

    @Test
    void shouldShowTheVerdictFindingsAndFiredRulesOfTheAnswer() throws Exception {
        when(evaluations.evaluate(any())).thenReturn(ANSWER);

        String page = mvc.perform(post("/console/evaluate").with(csrf()).param("clientId", "late-payer-001").param("stage", "ACTIVE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-verdict=\"BAD\"", "<strong>-60</strong>", "7 of 10 invoices paid late",
                "rules/payment-and-boundaries.xlsx", "sheet Payment, row 10", "Verdict: bad", "line 20");
    }

    @Test
    void shouldShowEachProblemNextToItsFieldWithoutEvaluating() throws Exception {
        String page = mvc.perform(post("/console/evaluate").with(csrf()).param("clientId", "x").param("stage", "ACTIVE")
                        .param("invoicesTotal", "3").param("invoicesPaidLate", "5").param("complaintsPerMonth", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-field=\"invoicesPaidLate\">must not be more than the invoices in total",
                "data-field=\"complaintsPerMonth\">must be 0 or more");
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldNameAnInputThatIsNotANumber() throws Exception {
        mvc.perform(post("/console/evaluate").with(csrf()).param("clientId", "").param("invoicesTotal", "zwölf")
                        .header("Accept-Language", "de"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-field=\"invoicesTotal\">muss eine ganze Zahl sein")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"zwölf\"")));
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldRefuseAPostWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/console/evaluate").param("clientId", "x").param("stage", "ACTIVE")).andExpect(status().isForbidden());
        verifyNoInteractions(evaluations);
    }

    @Test
    void shouldSpeakGermanWhenTheBrowserAsksForIt() throws Exception {
        mvc.perform(get("/console/evaluate").header("Accept-Language", "de-DE,de;q=0.9"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kontakte außerhalb der Arbeitszeit pro Monat")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"de\">")));
    }

    @Test
    @WithAnonymousUser
    void shouldSendSomeoneNotLoggedInToTheLoginForm() throws Exception {
        mvc.perform(get("/console/evaluate")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    }

    /** The persona as a browser would post the form: booleans as true/false, own criteria as rows. */
    private static MockHttpServletRequestBuilder asForm(Map<String, Object> persona) {
        MockHttpServletRequestBuilder form = post("/console/evaluate").with(csrf());
        int row = 0;
        for (Map.Entry<String, Object> fact : persona.entrySet()) {
            if (fact.getValue() instanceof Map<?, ?> attributes) {
                for (Map.Entry<?, ?> attribute : attributes.entrySet()) {
                    form.param("attributes[" + row + "].name", attribute.getKey().toString())
                            .param("attributes[" + row++ + "].value", attribute.getValue().toString());
                }
            } else {
                form.param(fact.getKey(), String.valueOf(fact.getValue()));
            }
        }
        return form;
    }

    static List<Path> personas() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
