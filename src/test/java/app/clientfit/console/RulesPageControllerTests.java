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

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

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

@ConsolePageTest(RulesPageController.class)
class RulesPageControllerTests {

    static final RuleProblem BROKEN_CELL = new RuleProblem("rules/payment-and-boundaries.xlsx", "sheet Payment, cell D11",
            "'abc' is not a number");

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
}
