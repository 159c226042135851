package app.clientfit.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import app.clientfit.audit.AuditService;
import app.clientfit.audit.EvaluationRecord;
import app.clientfit.audit.PageView;
import app.clientfit.audit.RuleStats;
import app.clientfit.explanation.StoredExplanation;

/** The pages on the audit trail: evaluations, one record, a client's history and erasure, the overview. */
@ConsolePageTest({EvaluationsPageController.class, ClientPageController.class, OverviewController.class})
class AuditPagesTests {

    static final EvaluationRecord RECORD = new EvaluationRecord("01a2338d-30fb-7638-a688-d3097f81207f", "köln-ä-01", "REVIEW", 0,
            EvaluatePageControllerTests.ANSWER.findings(), EvaluatePageControllerTests.ANSWER.firedRules(), "371c7ea31c7f",
            Instant.parse("2026-11-23T10:15:30Z"), "coach", "req-1", "{\"clientId\":\"köln-ä-01\",\"stage\":\"ACTIVE\"}");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AuditService audit;

    @BeforeEach
    void storeOneRecord() {
        when(audit.search(any(), anyInt(), anyInt())).thenReturn(new PageView<>(List.of(RECORD), 0, 20, 1, 1));
        when(audit.find(RECORD.evaluationId())).thenReturn(Optional.of(RECORD));
        when(audit.stats(any(), any())).thenReturn(new RuleStats(null, null, 4, Map.of("GOOD", 1L, "REVIEW", 2L, "BAD", 1L),
                List.of(new RuleStats.RuleCount("Late payer", 3))));
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldSearchByClientVerdictRuleAndWholeDays() throws Exception {
        String page = mvc.perform(get("/console/evaluations").param("clientId", "köln-ä-01").param("verdict", "REVIEW")
                        .param("rule", "Late payer").param("from", "2026-11-23").param("to", "2026-11-24"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        verify(audit).search(new AuditService.Selection("köln-ä-01", "REVIEW", "Late payer", Instant.parse("2026-11-23T00:00:00Z"),
                Instant.parse("2026-11-25T00:00:00Z")), 0, SearchForm.PAGE_SIZE);
        assertThat(page).contains("köln-ä-01", "/console/evaluations/" + RECORD.evaluationId(), "format=csv", "format=xlsx");
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldNameADayRangeThatEndsBeforeItStarts() throws Exception {
        String page = mvc.perform(get("/console/evaluations").param("from", "2026-11-24").param("to", "2026-11-23"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-field=\"to\">must not be before the from day");
        verify(audit, never()).search(any(), anyInt(), anyInt());
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldNameAVerdictThatDoesNotExist() throws Exception {
        String page = mvc.perform(get("/console/evaluations").param("verdict", "NOPE").header("Accept-Language", "de"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-field=\"verdict\">muss GOOD, REVIEW oder BAD sein");
        verify(audit, never()).search(any(), anyInt(), anyInt());
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldShowARecordWithItsFactsAnswerAndCaller() throws Exception {
        String page = mvc.perform(get("/console/evaluations/" + RECORD.evaluationId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"caller\">coach<", "data-verdict=\"REVIEW\"", "sheet Payment, row 10", "req-1",
                "&quot;clientId&quot;:&quot;köln-ä-01&quot;");
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldShowARecordsStoredExplanationAndThatItReproduced() throws Exception {
        when(audit.explain(RECORD)).thenReturn(stored(true, List.of()));

        String page = mvc.perform(get("/console/evaluations/" + RECORD.evaluationId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-reproduced=\"true\"", "Reproduced: the stored facts, replayed on rule version 371c7ea31c7f",
                "Why not?", "Pays very late: not met. 12 days late on average; the rule needs at least 30. sheet Payment, cell D11",
                "referralsGiven").doesNotContain("class=\"differences\"");
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldSayInGermanWhatDiffersWhenARecordDoesNotReproduce() throws Exception {
        when(audit.explain(RECORD)).thenReturn(stored(false, List.of("verdict: stored REVIEW, replayed BAD")));

        String page = mvc.perform(get("/console/evaluations/" + RECORD.evaluationId()).header("Accept-Language", "de"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-reproduced=\"false\"", "Nicht nachvollzogen", "verdict: stored REVIEW, replayed BAD",
                "Warum nicht?", ">nicht erfüllt<");
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldStillShowARecordWhoseExplanationCannotBeComputed() throws Exception {
        when(audit.explain(RECORD)).thenThrow(new IllegalStateException("the files of rule version 371c7ea31c7f were not found"));

        String page = mvc.perform(get("/console/evaluations/" + RECORD.evaluationId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-verdict=\"REVIEW\"", "id=\"no-explanation\"").doesNotContain("Why not?");
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldAnswerAnUnknownRecordWithNotFound() throws Exception {
        mvc.perform(get("/console/evaluations/nothing-here")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldExportTheSearchAsAWorkbook() throws Exception {
        mvc.perform(get("/console/evaluations/export").param("format", "xlsx").param("verdict", "BAD")).andExpect(status().isOk());

        verify(audit).export(eq(new AuditService.Selection(null, "BAD", null, null, null)), eq(true), any());
    }

    @Test
    @WithMockUser(roles = "COACH")
    void shouldKeepTheAuditFromACoach() throws Exception {
        mvc.perform(get("/console/evaluations")).andExpect(status().isForbidden());
        mvc.perform(get("/console")).andExpect(status().isForbidden());
        mvc.perform(get("/console/clients/x")).andExpect(status().isForbidden());
        verifyNoInteractions(audit);
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldShowAClientsHistoryWithoutTheErasureToAnAuditor() throws Exception {
        String page = mvc.perform(get("/console/clients/köln-ä-01")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Client köln-ä-01").doesNotContain("id=\"confirmation\"");
        mvc.perform(post("/console/clients/köln-ä-01/erase").with(csrf()).param("confirmation", "köln-ä-01"))
                .andExpect(status().isForbidden());
        verify(audit, never()).erase(any());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldEraseAClientOnlyWhenTheAdministratorTypedItsId() throws Exception {
        when(audit.erase("köln-ä-01")).thenReturn(3);

        mvc.perform(post("/console/clients/köln-ä-01/erase").with(csrf()).param("confirmation", "köln"))
                .andExpect(flash().attribute("confirmationMismatch", true));
        verify(audit, never()).erase(any());

        mvc.perform(post("/console/clients/köln-ä-01/erase").with(csrf()).param("confirmation", "köln-ä-01"))
                .andExpect(flash().attribute("erased", 3));
        verify(audit).erase("köln-ä-01");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldShowAndEraseAClientWhoseIdCannotBeAPathSegment() throws Exception {
        String id = "erase/me;100%-Jürgen";
        when(audit.erase(id)).thenReturn(2);
        String page = mvc.perform(get("/console/clients").param("clientId", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("erase/me;100%-Jürgen", "/console/clients/erase?clientId=erase/me;100%25-J%C3%BCrgen");

        mvc.perform(post("/console/clients/erase").param("clientId", id).with(csrf()).param("confirmation", id))
                .andExpect(flash().attribute("erased", 2))
                .andExpect(redirectedUrl("/console/clients?clientId=erase/me;100%25-J%C3%BCrgen"));
        verify(audit).erase(id);
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldKeepTheQueryFormOfTheErasureFromAnAuditor() throws Exception {
        mvc.perform(post("/console/clients/erase").param("clientId", "x").with(csrf()).param("confirmation", "x"))
                .andExpect(status().isForbidden());
        verify(audit, never()).erase(any());
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldShowTheOverviewsNumbersAsTablesToo() throws Exception {
        String page = mvc.perform(get("/console").header("Accept-Language", "de")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-rule=\"Late payer\" data-fired=\"3\"", "data-verdict=\"REVIEW\" data-count=\"2\"",
                "Anteil REVIEW: 50 %", "Übersicht", "/webjars/chart.js/");
        assertThat(page.split("data-week=")).hasSize(OverviewController.WEEKS + 1);
    }

    private static StoredExplanation stored(boolean reproduced, List<String> differences) {
        return new StoredExplanation(RECORD.evaluationId(), RECORD.clientId(), RECORD.rulesetVersion(), RECORD.verdict(), RECORD.score(),
                reproduced, differences, EvaluatePageControllerTests.EXPLANATION);
    }
}
