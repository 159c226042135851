package app.clientfit.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.spreadsheet.TestWorkbooks;

/**
 * A coach's question before saving a change: whose verdict changes? History is stored through the API, then a copy of a
 * workbook with one cell changed is replayed on it. The rule folder is never activated here.
 */
@SpringBootTest(properties = "clientfit.rules.watch=false")
@AutoConfigureMockMvc
class ImpactEndpointsTests extends OnACopyOfTheShippedRules {

    private static final String WORKBOOK = "payment-and-boundaries.xlsx";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    static Instant start;

    /** Clients who call after hours this often a month, their latest evaluation last; stored once for all tests. */
    @BeforeEach
    void storeHistory() throws Exception {
        if (start != null) {
            return;
        }
        start = Instant.now();
        evaluate("calls-3", 3);
        evaluate("calls-4", 4);
        evaluate("calls-9", 9);
        evaluate("calls-10", 10);
        evaluate("calls-12", 12);
        evaluate("jörg-now-5", 12);
        evaluate("jörg-now-5", 5);
        evaluate("was-5-now-12", 5);
        evaluate("was-5-now-12", 12);
        evaluate("erased-6", 6);
        mvc.perform(as("admin", delete("/api/clients/erased-6")));
    }

    @Test
    void aRaisedThresholdFlipsExactlyTheClientsBelowItAndActivatesNothing() throws Exception {
        String active = get("/api/rules", "coach").get("version").asText();

        JsonNode impact = impact(workbook("Boundaries", "B10", 10), "from=" + start);

        assertThat(impact.get("valid").asBoolean()).isTrue();
        assertThat(impact.get("baseVersion").asText()).isEqualTo(active);
        assertThat(impact.get("candidateVersion").asText()).isNotEqualTo(active);
        assertThat(impact.get("clientsReplayed").asLong()).isEqualTo(7);
        assertThat(impact.get("changed").asLong()).isEqualTo(3);
        assertThat(json.convertValue(impact.get("transitions"), Map.class)).isEqualTo(Map.of("BAD->GOOD", 3));
        assertThat(impact.get("clients").findValuesAsText("clientId")).containsExactly("calls-4", "calls-9", "jörg-now-5");
        JsonNode first = impact.get("clients").get(0);
        assertThat(first.get("before").toString()).isEqualTo("{\"verdict\":\"BAD\",\"score\":-80}");
        assertThat(first.get("after").get("verdict").asText()).isEqualTo("GOOD");
        assertThat(first.get("rulesLost").toString()).contains("Boundary crosser");
        assertThat(first.get("rulesGained").toString()).doesNotContain("Boundary crosser");
        assertThat(impact.get("rulesNeverFired").toString()).contains("Nagger").doesNotContain("Boundary crosser");
        assertThat(get("/api/rules", "coach").get("version").asText()).isEqualTo(active);
    }

    @Test
    void aChangeWhoseWorkbookTestsFailIsStillReplayedAndSaidNotToBeValid() throws Exception {
        JsonNode impact = impact(workbook("Boundaries", "B10", 20), "from=" + start);

        assertThat(impact.get("valid").asBoolean()).isFalse();
        assertThat(impact.get("errors").toString()).contains("test 'Weekend caller': expected BAD, got GOOD");
        assertThat(impact.get("clients").findValuesAsText("clientId"))
                .containsExactly("calls-10", "calls-12", "calls-4", "calls-9", "jörg-now-5", "was-5-now-12");
    }

    @Test
    void aRuleRenamedAndNothingElseChangesNoVerdict() throws Exception {
        JsonNode impact = impact(workbook("Boundaries", "A10", "Grenzgänger"), "from=" + start);

        assertThat(impact.get("clientsReplayed").asLong()).isEqualTo(7);
        assertThat(impact.get("changed").asLong()).isZero();
        assertThat(impact.get("transitions").size()).isZero();
        assertThat(impact.get("clients").size()).isZero();
        assertThat(impact.get("otherwiseChanged").asLong()).isEqualTo(6);
    }

    @Test
    void anErasedClientIsNeverReplayed() throws Exception {
        JsonNode impact = impact(workbook("Boundaries", "B10", 10), "from=" + start);

        assertThat(impact.toString()).doesNotContain("erased-6");
        assertThat(impact.get("clientsReplayed").asLong()).isEqualTo(7);
    }

    @Test
    void anInvalidCandidateAnswersItsErrorsAndReplaysNothing() throws Exception {
        JsonNode impact = impact(workbook("Boundaries", "B10", "many"), "from=" + start);

        assertThat(impact.get("valid").asBoolean()).isFalse();
        assertThat(impact.get("errors").get(0).get("location").asText()).isEqualTo("sheet Boundaries, cell B10");
        assertThat(impact.get("clientsReplayed").asLong()).isZero();
        assertThat(impact.get("clients").size()).isZero();
    }

    @Test
    void withoutAFileTheRuleFolderAsItIsOnDiskIsReplayed() throws Exception {
        byte[] shipped = Files.readAllBytes(rules.resolve(WORKBOOK));
        try {
            Files.write(rules.resolve(WORKBOOK), workbook("Boundaries", "B10", 10));
            MockHttpServletResponse response = mvc.perform(as("admin", post("/api/rules/impact?from=" + start))).andReturn().getResponse();

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("changed").asLong()).isEqualTo(3);
        } finally {
            Files.write(rules.resolve(WORKBOOK), shipped);
        }
    }

    @Test
    void csvListsEveryChangedClientWithUmlautsIntact() throws Exception {
        MockHttpServletResponse response = mvc.perform(upload(workbook("Boundaries", "B10", 10), "from=" + start + "&format=csv"))
                .andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("text/csv");
        List<String> lines = List.of(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("\uFEFFclientId,evaluationId,verdictBefore,scoreBefore,verdictAfter,scoreAfter,rulesGained,rulesLost");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith("jörg-now-5,").contains(",BAD,-80,GOOD,20,Verdict: good,Boundary crosser; Verdict: deal-breaker");
    }

    @Test
    void onlyAnAdministratorMayAskForTheImpact() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", WORKBOOK, null, workbook("Boundaries", "B10", 10));
        for (String user : List.of("coach", "auditor")) {
            assertThat(mvc.perform(as(user, multipart("/api/rules/impact").file(file))).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(multipart("/api/rules/impact").file(file)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void cancellingWhenNoReplayRunsIsNotFound() throws Exception {
        MockHttpServletResponse response = mvc.perform(as("admin", delete("/api/rules/impact"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aBadWindowIsAProblemThatNamesTheParameter() throws Exception {
        MockHttpServletResponse response = mvc.perform(upload(workbook("Boundaries", "B10", 10), "from=yesterday"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("from");
    }

    private void evaluate(String clientId, int afterHoursContacts) throws Exception {
        String facts = "{\"clientId\":\"" + clientId + "\",\"stage\":\"ACTIVE\",\"afterHoursContactsPerMonth\":" + afterHoursContacts
                + ",\"valuesExpertise\":true}";
        int status = mvc.perform(as("coach", post("/api/evaluations").contentType(MediaType.APPLICATION_JSON).content(facts)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(200);
    }

    private JsonNode impact(byte[] workbook, String query) throws Exception {
        MockHttpServletResponse response = mvc.perform(upload(workbook, query)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletRequestBuilder upload(byte[] workbook, String query) {
        MockMultipartHttpServletRequestBuilder upload = multipart("/api/rules/impact?" + query);
        upload.file(new MockMultipartFile("file", WORKBOOK, null, workbook));
        return as("admin", upload);
    }

    private JsonNode get(String path, String user) throws Exception {
        return json.readTree(mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(user, user + "-demo"));
    }

    private byte[] workbook(String sheet, String cell, Object value) throws Exception {
        byte[] shipped = Files.readAllBytes(rules.resolve(WORKBOOK));
        return TestWorkbooks.edit(shipped, wb -> TestWorkbooks.set(wb.getSheet(sheet), cell, value));
    }
}
