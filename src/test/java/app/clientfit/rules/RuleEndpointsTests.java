package app.clientfit.rules;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.clientfit.spreadsheet.OdsFiles;
import app.clientfit.spreadsheet.TestWorkbooks;

/** Validate a file before saving it, list the versions, and read the rules a table stands for. */
@SpringBootTest(properties = "clientfit.rules.watch=false")
@AutoConfigureMockMvc
class RuleEndpointsTests {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin-demo".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;

    @Autowired
    ActiveRuleSet active;

    @Test
    void shouldNameTheCellAndChangeNothingWhenValidatingABrokenWorkbook() throws Exception {
        String before = active.require().version();

        validate(workbook("Payment", "D11", "thirty"), "payment-and-boundaries.xlsx")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.file").value("rules/payment-and-boundaries.xlsx"))
                .andExpect(jsonPath("$.activeVersion").value(before))
                .andExpect(jsonPath("$.errors[0].location").value("sheet Payment, cell D11"))
                .andExpect(jsonPath("$.errors[0].message").value("'thirty' is not a number"));

        mvc.perform(admin(get("/api/rules"))).andExpect(jsonPath("$.version").value(before));
    }

    @Test
    void shouldValidateAnOdsAndNameTheSheetAndCellOfItsBrokenCell() throws Exception {
        validate(OdsFiles.fixture(OdsFiles.PAYMENT_BROKEN_CELL), "payment-and-boundaries.ods")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.file").value("rules/payment-and-boundaries.ods"))
                .andExpect(jsonPath("$.errors[?(@.source == 'rules/payment-and-boundaries.ods')].location").value(hasItem("sheet Payment, cell C10")))
                .andExpect(jsonPath("$.errors[?(@.source == 'rules/payment-and-boundaries.ods')].message").value(hasItem("'fifty' is not a number")));
    }

    @Test
    void shouldListNoSkippedFileForTheShippedFolderAndSayWhyAMacroWorkbookIsNoRuleFile() throws Exception {
        mvc.perform(admin(get("/api/rules"))).andExpect(jsonPath("$.skipped").isEmpty());
        validate(new byte[] {1}, "payment.xlsm").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("macros never run): save it as .xlsx or .ods")));
    }

    @Test
    void shouldListRulesTestsAndVersionWhenValidatingAGoodChange() throws Exception {
        validate(workbook("Payment", "G11", -25), "payment-and-boundaries.xlsx")
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.errors").isEmpty())
                .andExpect(jsonPath("$.tests.length()").value(8))
                .andExpect(jsonPath("$.tests[*].passed", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(true))))
                .andExpect(jsonPath("$.rules[*].name", hasItem("Pays very late")))
                .andExpect(jsonPath("$.version").value(org.hamcrest.Matchers.not(active.require().version())));
    }

    @Test
    void shouldShowExpectedActualAndFiredRulesWhenValidatingAChangeThatFailsATest() throws Exception {
        validate(workbook("Boundaries", "B10", 20), "payment-and-boundaries.xlsx")
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.errors[0].source").value("rules/rulebook-tests.xlsx"))
                .andExpect(jsonPath("$.errors[0].location").value("sheet Tests, row 6"))
                .andExpect(jsonPath("$.errors[0].message", containsString("test 'Weekend caller': expected BAD, got GOOD")))
                .andExpect(jsonPath("$.tests[?(@.name == 'Weekend caller')].actualVerdict").value("GOOD"));
    }

    @Test
    void shouldAddTheRulesOfANewDrlFileWithUmlautsWhenValidating() throws Exception {
        String drl = """
                package clientfit.rules;
                import app.clientfit.facts.Client;
                rule "Geduld mit Jörg"
                when
                    Client(name == "Jörg Sonntag")
                then
                end
                """;

        validate(drl.getBytes(StandardCharsets.UTF_8), "geduld.drl")
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.rules[*].name", hasItem("Geduld mit Jörg")));
    }

    @Test
    void shouldRejectAPathOrAFileThatIsNoRuleFileWhenValidating() throws Exception {
        validate(new byte[] {1}, "../../etc/passwd.drl")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:clientfit:problem:invalid-file-name"));
        validate(new byte[] {1}, "notes.txt").andExpect(status().isBadRequest());
    }

    @Test
    void shouldListTheActiveVersionFirstWithItsFiles() throws Exception {
        mvc.perform(admin(get("/api/rules/versions")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(active.require().version()))
                .andExpect(jsonPath("$.versions[0].version").value(active.require().version()))
                .andExpect(jsonPath("$.versions[0].files[*].path", hasItem("rules/verdict.drl")))
                .andExpect(jsonPath("$.versions[0].tests").value(8));
    }

    @Test
    void shouldAnswerTheDrlATableGeneratesAsItsSource() throws Exception {
        mvc.perform(admin(get("/api/rules/sources/{file}/drl", "payment-and-boundaries.xlsx")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string(containsString("// sheet Payment")))
                .andExpect(content().string(containsString("rule \"Late payer\"")));
        mvc.perform(admin(get("/api/rules/sources/{file}/drl", "verdict.drl")))
                .andExpect(content().string(containsString("rule \"Verdict: bad\"")));
    }

    @Test
    void shouldRejectPathsAndAnswerUnknownFilesWith404ForTheSource() throws Exception {
        for (String file : new String[] {"..%2Fpom.xml", "..", "..%5C..%5Cpom.xml", "sub%2Fverdict.drl", ".~lock.verdict.drl%23", "%2E%2E"}) {
            mvc.perform(admin(get(URI.create("/api/rules/sources/" + file + "/drl")))).andExpect(status().isBadRequest());
        }
        mvc.perform(admin(get("/api/rules/sources/../../pom.xml/drl"))).andExpect(status().is4xxClientError());
        mvc.perform(admin(get("/api/rules/sources/{file}/drl", "missing.xlsx")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("the active rule set has no file named 'missing.xlsx'"));
    }

    private ResultActions validate(byte[] content, String name) throws Exception {
        return mvc.perform(admin(multipart("/api/rules/validate").file(new MockMultipartFile("file", name, null, content))));
    }

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, ADMIN);
    }

    private static byte[] workbook(String sheet, String cell, Object value) throws IOException {
        byte[] shipped = Files.readAllBytes(RuleFolders.SHIPPED.resolve("payment-and-boundaries.xlsx"));
        return TestWorkbooks.edit(shipped, wb -> TestWorkbooks.set(wb.getSheet(sheet), cell, value));
    }
}
