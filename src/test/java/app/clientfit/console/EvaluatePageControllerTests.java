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
import app.clientfit.explanation.ConditionOutcome;
import app.clientfit.explanation.ExplainedEvaluation;
import app.clientfit.explanation.ExplainedEvaluations;
import app.clientfit.explanation.Explanation;

@ConsolePageTest(EvaluatePageController.class)
@WithMockUser(username = "coach", roles = "COACH")
class EvaluatePageControllerTests {

    static final EvaluationResponse ANSWER = new EvaluationResponse("01a2-e", "late-payer-001", "BAD", -60,
            List.of(new EvaluationResponse.FindingView("Late payer", "PAYMENT", -40, "7 of 10 invoices paid late",
                    "rules/payment-and-boundaries.xlsx", "sheet Payment, row 10", null)),
            List.of(new EvaluationResponse.FiredRuleView("Late payer", "rules/payment-and-boundaries.xlsx", "sheet Payment, row 10"),
                    new EvaluationResponse.FiredRuleView("Verdict: bad", "rules/verdict.drl", "line 20")),
            "371c7ea31c7f", Instant.parse("2026-11-23T10:15:30Z"));

    static final Explanation EXPLANATION = new Explanation(List.of(
            new Explanation.NotFiredRule("Pays very late", "rules/payment-and-boundaries.xlsx", "sheet Payment, row 11",
                    ConditionOutcome.NOT_MET, List.of(new Explanation.ConditionResult("sheet Payment, cell D11", "Average days late at least",
                    "30", "12", ConditionOutcome.NOT_MET)),
                    "Pays very late: not met. 12 days late on average; the rule needs at least 30. sheet Payment, cell D11"),
            new Explanation.NotFiredRule("Refers others", "rules/loyalty.xlsx", "sheet Loyalty, row 5", ConditionOutcome.UNKNOWN, List.of(
                    new Explanation.ConditionResult("sheet Loyalty, cell B5", "Empfehlungen größer als", "0", null, ConditionOutcome.UNKNOWN),
                    new Explanation.ConditionResult("sheet Loyalty, cell C5", "Zufriedenheit", "hoch", null, ConditionOutcome.UNKNOWN)),
                    "Refers others: unknown. Referrals given not given; the rule needs more than 0. sheet Loyalty, cell B5")),
            List.of(new Explanation.WaivedFinding("Cannot state numbers", "Eager learner", "rules/eager-learner-exception.drl", "line 12")),
            List.of(new Explanation.UnknownFact("referralsGiven", List.of("Refers others"))));

    static final ExplainedEvaluation EXPLAINED = new ExplainedEvaluation(ANSWER, EXPLANATION);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @MockitoBean
    ExplainedEvaluations evaluations;

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
        when(evaluations.evaluate(any())).thenReturn(EXPLAINED);
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
        when(evaluations.evaluate(any())).thenReturn(EXPLAINED);

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
        String page = answerPage("en");

        assertThat(page).contains("data-verdict=\"BAD\"", "<strong>-60</strong>", "7 of 10 invoices paid late",
                "rules/payment-and-boundaries.xlsx", "sheet Payment, row 10", "Verdict: bad", "line 20");
    }

    @Test
    void shouldShowWhyNotWithTheNearMissesFirstAndEachOtherRuleFolded() throws Exception {
        String page = answerPage("en");

        assertThat(page).contains("id=\"why-not\"", "Why not?", "Came close: one condition short",
                "Pays very late: not met. 12 days late on average; the rule needs at least 30. sheet Payment, cell D11",
                "sheet Payment, cell D11", "Average days late at least", ">not met<", ">unknown<", "The other rules that did not fire (1)",
                "Empfehlungen größer als", ">not given<", "Cannot state numbers", "waived by Eager learner", "referralsGiven");
        assertThat(page.indexOf("Pays very late: not met.")).isLessThan(page.indexOf("<details class=\"other-rules\""));
        assertThat(page.indexOf("<details class=\"other-rules\"")).isLessThan(page.indexOf("Refers others: unknown."));
        assertThat(page.indexOf("7 of 10 invoices paid late")).as("the verdict and findings stay on top").isLessThan(page.indexOf("Why not?"));
    }

    @Test
    void shouldNameTheOutcomesInGerman() throws Exception {
        String page = answerPage("de");

        assertThat(page).contains("Warum nicht?", "Knapp verfehlt: eine Bedingung fehlte", ">nicht erfüllt<", ">unbekannt<",
                "Die übrigen nicht ausgelösten Regeln (1)", "aufgehoben durch Eager learner", "Nicht angegebene Fakten");
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

    /** The result page of {@link #EXPLAINED}, in the language asked for. */
    private String answerPage(String language) throws Exception {
        when(evaluations.evaluate(any())).thenReturn(EXPLAINED);
        return mvc.perform(post("/console/evaluate").with(csrf()).param("clientId", "late-payer-001").param("stage", "ACTIVE")
                .header("Accept-Language", language)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
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
