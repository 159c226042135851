package app.clientfit.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.ErrorResponseException;

import app.clientfit.impact.ChangedClient;
import app.clientfit.impact.ImpactReport;
import app.clientfit.impact.ImpactService;
import app.clientfit.impact.Side;
import app.clientfit.rules.ActivationImpact;
import app.clientfit.rules.ActivationImpacts;
import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.Candidate;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleLint;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetHistory;
import app.clientfit.rules.RuleSetInvalidException;
import app.clientfit.rules.RuleSetLoader;
import app.clientfit.rules.RuleSetValidator;
import app.clientfit.rules.SkippedFile;
import app.clientfit.rules.problem.RuleProblem;

/** The rules page: the active rules, trying a file, the impact of a file before it is saved and of the last activation. */
@ConsolePageTest(RulesPageController.class)
class RulesPageControllerTests {

    static final RuleProblem BROKEN_CELL = new RuleProblem("rules/payment-and-boundaries.xlsx", "sheet Payment, cell D11",
            "'abc' is not a number");

    static final ImpactService.Window WINDOW = new ImpactService.Window(Instant.parse("2025-12-01T00:00:00Z"),
            Instant.parse("2026-12-01T00:00:00Z"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ActiveRuleSet active;

    @MockitoBean
    RuleSetHistory history;

    @MockitoBean
    RuleSetLoader loader;

    @MockitoBean
    RuleSetValidator validator;

    @MockitoBean
    RuleLint lint;

    @MockitoBean
    ImpactService impact;

    @MockitoBean
    ActivationImpacts activationImpacts;

    @BeforeEach
    void serveARuleSet() {
        RuleSet ruleSet = mock(RuleSet.class);
        when(ruleSet.version()).thenReturn("371c7ea31c7f");
        when(ruleSet.builtAt()).thenReturn(Instant.parse("2026-11-23T10:15:30Z"));
        when(ruleSet.warnings()).thenReturn(List.of());
        when(ruleSet.rules()).thenReturn(List.of(
                new RuleDefinition("clientfit.rules", "Late payer", "rules/payment-and-boundaries.xlsx", "sheet Payment, row 10"),
                new RuleDefinition("clientfit.rules", "Evening caller", "rules/payment-and-boundaries.xlsx", "sheet Boundaries, row 10"),
                new RuleDefinition("clientfit.rules", "Verdict: bad", "rules/verdict.drl", "line 20")));
        when(active.current()).thenReturn(Optional.of(ruleSet));
        when(active.lastFailure()).thenReturn(Optional.of(new ActiveRuleSet.Failure(Instant.parse("2026-11-24T08:00:00Z"),
                List.of(BROKEN_CELL))));
        when(activationImpacts.of("371c7ea31c7f")).thenReturn(Optional.of(new ActivationImpact("371c7ea31c7f", "0a0b0c0d0e0f", "DONE",
                120L, 4L, Map.of("BAD->GOOD", 4L), Instant.parse("2026-11-23T10:15:31Z"), Instant.parse("2026-11-23T10:15:33Z"))));
        when(impact.window(null, null)).thenReturn(WINDOW);
    }

    @Test
    @WithMockUser(roles = "COACH")
    void shouldShowEachWarningOfTheAnalysisNextToItsRuleInEnglishAndGerman() throws Exception {
        when(lint.warnings(any())).thenReturn(List.of(new RuleProblem("rules/payment-and-boundaries.xlsx", "sheet Payment, cell C10",
                "no client can meet row 10 ('Late payer'): '% paid late at least' asks for latePaymentPercent at least 150", "IMPOSSIBLE_ROW")));

        String english = mvc.perform(get("/console/rules")).andReturn().getResponse().getContentAsString();
        String german = mvc.perform(get("/console/rules").header("Accept-Language", "de")).andReturn().getResponse().getContentAsString();

        assertThat(english.replaceAll("\\s+", " ")).containsPattern(
                "Late payer</th><td>sheet Payment, row 10</td> <td><ul class=\"problems lint\"> <li><strong>no client can meet it</strong>:"
                        + " <span>no client can meet row 10");
        assertThat(german).contains("<th scope=\"col\">Prüfung</th>", "<strong>kein Kunde kann sie erfüllen</strong>");
        assertThat(english).doesNotContain("id=\"warnings\"");
    }

    @Test
    @WithMockUser(roles = "COACH")
    void shouldShowTheActiveVersionEveryRuleByFileAndSheetAndTheLastFailure() throws Exception {
        String page = mvc.perform(get("/console/rules")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("371c7ea31c7f", "2026-11-23 10:15:30 UTC", "sheet Payment", "sheet Boundaries",
                "Late payer", "Verdict: bad", "line 20", "sheet Payment, cell D11", "&#39;abc&#39; is not a number");
        assertThat(page).doesNotContain("id=\"reload\"", "id=\"upload-file\"");
    }

    @Test
    @WithMockUser(roles = "COACH")
    void shouldListTheFilesOfTheRuleFolderThatAreNotReadWithTheReasonInEnglishAndGerman() throws Exception {
        when(active.skipped()).thenReturn(List.of(new SkippedFile("rules/green-flags.xlsm",
                "macro-enabled, binary and template Excel workbooks are not read (macros never run): save it as .xlsx or .ods")));

        String english = mvc.perform(get("/console/rules")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String german = mvc.perform(get("/console/rules").header("Accept-Language", "de")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(english).contains("id=\"skipped\"", "Files in the rule folder that are not read", "rules/green-flags.xlsm",
                "save it as .xlsx or .ods");
        assertThat(german).contains("Dateien im Regelordner, die nicht gelesen werden", "nehmen Sie sie aus dem Regelordner",
                "rules/green-flags.xlsm");
    }

    @Test
    @WithMockUser(roles = "COACH")
    void shouldShowNoSectionOfSkippedFilesWhenEveryFileIsRead() throws Exception {
        String page = mvc.perform(get("/console/rules")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("id=\"skipped\"");
    }

    @Test
    @WithMockUser(roles = "COACH")
    void shouldRefuseACoachTheAdministratorsActions() throws Exception {
        mvc.perform(post("/console/rules/reload").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/console/rules/validate").file(new MockMultipartFile("file", "x.drl", null, new byte[1])).with(csrf()))
                .andExpect(status().isForbidden());
        verifyNoInteractions(loader, validator);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldReloadForTheAdministrator() throws Exception {
        RuleSet reloaded = mock(RuleSet.class);
        when(reloaded.version()).thenReturn("aaaabbbbcccc");
        when(loader.reload()).thenReturn(reloaded);

        mvc.perform(post("/console/rules/reload").with(csrf()))
                .andExpect(redirectedUrl("/console/rules")).andExpect(flash().attribute("reloaded", "aaaabbbbcccc"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldSayWhyAReloadFailed() throws Exception {
        when(loader.reload()).thenThrow(new RuleSetInvalidException(List.of(BROKEN_CELL)));

        mvc.perform(post("/console/rules/reload").with(csrf())).andExpect(flash().attribute("reloadProblems", List.of(BROKEN_CELL)));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldShowTheErrorsOfAnUploadedWorkbookAtTheirCells() throws Exception {
        byte[] workbook = {1, 2, 3};
        when(validator.validate(eq("payment-and-boundaries.xlsx"), any())).thenReturn(
                new Candidate("dddd", List.of(), null, List.of(), List.of(BROKEN_CELL), List.of(), List.of()));

        String page = mvc.perform(multipart("/console/rules/validate")
                        .file(new MockMultipartFile("file", "payment-and-boundaries.xlsx", null, workbook)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-valid=\"false\"", "sheet Payment, cell D11");
        verify(validator).validate("payment-and-boundaries.xlsx", workbook);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldRefuseAFileNameOutOfTheRuleFolder() throws Exception {
        String page = mvc.perform(multipart("/console/rules/validate")
                        .file(new MockMultipartFile("file", "../evil.drl", null, new byte[1])).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("give the plain name of a file in the rule folder");
        verifyNoInteractions(validator);
    }

    @Test
    @WithMockUser(roles = "COACH")
    void aCoachSeesHowManyVerdictsTheLastActivationChanged() throws Exception {
        String page = page(get("/console/rules"));

        assertThat(page).contains("id=\"activation-impact\"", "data-state=\"DONE\"",
                "Version 371c7ea31c7f would have changed the verdict of 4 of 120 clients decided on version 0a0b0c0d0e0f.",
                "BAD-&gt;GOOD");
        assertThat(page).doesNotContain("id=\"impact-file\"");
    }

    @Test
    @WithMockUser(roles = "COACH")
    void theLastActivationsImpactIsSaidInGerman() throws Exception {
        String page = page(get("/console/rules").header("Accept-Language", "de"));

        assertThat(page).contains("Auswirkung der letzten Aktivierung",
                "Version 371c7ea31c7f hätte das Urteil von 4 der 120 Kunden geändert, die mit Version 0a0b0c0d0e0f bewertet wurden.");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAdministratorSeesWhoseVerdictAnUploadedFileWouldChangeBeforeSavingIt() throws Exception {
        byte[] workbook = {1, 2, 3};
        when(impact.measure(eq("payment-and-boundaries.xlsx"), eq(workbook), eq(WINDOW))).thenReturn(new ImpactReport("371c7ea31c7f",
                "ffffeeeedddd", WINDOW.from(), WINDOW.to(), 7, 1, Map.of("BAD->GOOD", 1L),
                List.of(new ChangedClient("jörg-müller", "01a2", new Side.Answer("BAD", -80), new Side.Answer("GOOD", 20),
                        List.of("Verdict: good"), List.of("Boundary crosser", "Verdict: deal-breaker"))),
                2, 0, List.of(), List.of("Nagger"), true, List.of()));

        String page = page(multipart("/console/rules/impact").file(new MockMultipartFile("file", "payment-and-boundaries.xlsx", null,
                workbook)).with(csrf()).header("Accept-Language", "de"));

        assertThat(page).contains("id=\"impact-result\"", "data-changed=\"1\"", "data-valid=\"true\"",
                "1 von 7 Kunden bekämen ein anderes Urteil: Version ffffeeeedddd statt Version 371c7ea31c7f.",
                "data-client=\"jörg-müller\"", "BAD (-80)", "GOOD (20)", "Boundary crosser, Verdict: deal-breaker",
                "2 weitere Kunden behalten ihr Urteil", "Nagger");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anImpactThatMustWaitSaysSo() throws Exception {
        when(impact.measure(any(), any(), any())).thenThrow(new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS,
                ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "One replay runs at a time and one is running"), null));

        String page = page(multipart("/console/rules/impact").file(new MockMultipartFile("file", "verdict.drl", null, new byte[1]))
                .with(csrf()));

        assertThat(page).contains("One replay runs at a time and one is running");
    }

    @Test
    @WithMockUser(roles = "COACH")
    void aCoachMayNotAskForTheImpactOfAFile() throws Exception {
        mvc.perform(multipart("/console/rules/impact").file(new MockMultipartFile("file", "verdict.drl", null, new byte[1])).with(csrf()))
                .andExpect(status().isForbidden());

        verifyNoInteractions(impact);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
