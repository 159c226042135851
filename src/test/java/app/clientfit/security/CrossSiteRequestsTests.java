package app.clientfit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.clientfit.evaluation.EvaluationService;
import app.clientfit.rules.RuleSetLoader;
import app.clientfit.rules.RuleSetValidator;

/**
 * A web page of another site cannot change anything, even in a browser that holds an administrator's
 * Basic credentials; scripts, tools and the service's own origin are not affected. MockMvc's requests
 * reach the service as http://localhost (port 80).
 */
@SpringBootTest(properties = "clientfit.rules.watch=false")
@AutoConfigureMockMvc
class CrossSiteRequestsTests {

    private static final String FOREIGN = "https://evil.example";
    private static final String OWN = "http://localhost";

    @Autowired
    MockMvc mvc;

    @MockitoSpyBean
    RuleSetLoader loader;

    @MockitoSpyBean
    RuleSetValidator validator;

    @MockitoSpyBean
    EvaluationService evaluations;

    @Test
    void shouldRefuseACrossSiteMultipartPostToValidate() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "verdict.drl", null,
                Files.readAllBytes(Path.of("rules/verdict.drl")));

        expectRefused(mvc.perform(multipart("/api/rules/validate").file(file).with(admin())
                .header("Sec-Fetch-Site", "cross-site").header("Origin", FOREIGN)));

        verify(validator, never()).validate(any(), any());
    }

    @Test
    void shouldRefuseACrossSiteReload() throws Exception {
        expectRefused(mvc.perform(post("/api/rules/reload").with(admin()).header("Origin", FOREIGN)));
        expectRefused(mvc.perform(post("/api/rules/reload").with(admin()).header("Sec-Fetch-Site", "cross-site")));

        verify(loader, never()).reload();
    }

    @Test
    void shouldRefuseAnErasureFromAForeignOriginAndEraseNothing() throws Exception {
        evaluate("cross-site-erasure", post("/api/evaluations")).andExpect(status().isOk());

        expectRefused(mvc.perform(delete("/api/clients/cross-site-erasure").with(admin()).header("Origin", FOREIGN)));

        mvc.perform(get("/api/clients/cross-site-erasure/evaluations").with(httpBasic("auditor", "auditor-demo")))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(delete("/api/clients/cross-site-erasure").with(admin()).header("Origin", OWN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erased").value(1));
    }

    @Test
    void shouldRefuseAnEvaluationABrowserMarksCrossSite() throws Exception {
        expectRefused(evaluate("cross-site-evaluation", post("/api/evaluations").header("Sec-Fetch-Site", "cross-site")));

        verify(evaluations, never()).evaluate(any());
    }

    @Test
    void shouldRefuseASiblingSiteAndTheNullOriginOfASandboxedPage() throws Exception {
        expectRefused(mvc.perform(post("/api/rules/reload").with(admin()).header("Sec-Fetch-Site", "same-site")));
        expectRefused(mvc.perform(post("/api/rules/reload").with(admin()).header("Origin", "null")));
        expectRefused(mvc.perform(post("/api/rules/reload").with(admin()).header("Origin", "http://localhost:8080")));
        expectRefused(mvc.perform(post("/api/rules/reload").with(admin()).header("Origin", "https://localhost")));

        verify(loader, never()).reload();
    }

    @Test
    void shouldAnswerTheSameWhateverTheCredentials() throws Exception {
        String right = refusedBody(post("/api/rules/reload").with(admin()));
        String wrong = refusedBody(post("/api/rules/reload").with(httpBasic("admin", "wrong")));
        String none = refusedBody(post("/api/rules/reload"));

        assertThat(wrong).isEqualTo(right);
        assertThat(none).isEqualTo(right);
    }

    @Test
    void shouldLetTheServicesOwnOriginThrough() throws Exception {
        mvc.perform(post("/api/rules/reload").with(admin()).header("Sec-Fetch-Site", "same-origin")).andExpect(status().isOk());
        mvc.perform(post("/api/rules/reload").with(admin()).header("Origin", OWN)).andExpect(status().isOk());
        mvc.perform(post("/api/rules/reload").with(admin()).header("Origin", "HTTP://LOCALHOST:80")).andExpect(status().isOk());
        evaluate("same-origin-evaluation", post("/api/evaluations").header("Sec-Fetch-Site", "same-origin").header("Origin", OWN))
                .andExpect(status().isOk());
    }

    @Test
    void shouldLetScriptsAndToolsThroughAsBefore() throws Exception {
        mvc.perform(post("/api/rules/reload").with(admin())).andExpect(status().isOk());
        mvc.perform(multipart("/api/rules/validate")
                        .file(new MockMultipartFile("file", "verdict.drl", null, Files.readAllBytes(Path.of("rules/verdict.drl")))).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
        evaluate("script-evaluation", post("/api/evaluations")).andExpect(status().isOk());
        mvc.perform(delete("/api/clients/script-evaluation").with(admin())).andExpect(jsonPath("$.erased").value(1));
    }

    @Test
    void shouldLeaveReadingAlone() throws Exception {
        // A page of another site may make the browser send a GET, but never gets to read the answer.
        mvc.perform(get("/api/rules").with(admin()).header("Sec-Fetch-Site", "cross-site").header("Origin", FOREIGN))
                .andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0} at {1}://{2}:{3} -> another site: {4}")
    @CsvSource({
            "https://clientfit.example,      https, clientfit.example, 443,  false",
            "https://clientfit.example:443,  https, clientfit.example, 443,  false",
            "https://ClientFit.Example,      https, clientfit.example, 443,  false",
            "http://[::1]:8080,              http,  [::1],             8080, false",
            "http://clientfit.example,       https, clientfit.example, 443,  true",
            "https://clientfit.example:8443, https, clientfit.example, 443,  true",
            "https://clientfit.example.evil, https, clientfit.example, 443,  true",
            "https://clientfit.example/path, https, clientfit.example, 443,  true",
            "https://user@clientfit.example, https, clientfit.example, 443,  true",
            "null,                           https, clientfit.example, 443,  true",
            "'',                             https, clientfit.example, 443,  true",
            "not an origin,                  https, clientfit.example, 443,  true"})
    void shouldCompareTheOriginWithSchemeHostAndPortOfTheRequest(String origin, String scheme, String host, int port, boolean foreign) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/rules/reload");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        request.addHeader("Origin", origin);

        assertThat(CrossSiteRequests.fromAnotherSite(request)).isEqualTo(foreign);
    }

    private ResultActions evaluate(String clientId, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("coach", "coach-demo")).contentType(MediaType.APPLICATION_JSON)
                .content(("{\"clientId\":\"" + clientId + "\",\"stage\":\"ACTIVE\"}").getBytes(StandardCharsets.UTF_8)));
    }

    private String refusedBody(MockHttpServletRequestBuilder request) throws Exception {
        return expectRefused(mvc.perform(request.header("Origin", FOREIGN))).andReturn().getResponse().getContentAsString();
    }

    private static ResultActions expectRefused(ResultActions result) throws Exception {
        return result.andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:clientfit:problem:cross-site-request"))
                .andExpect(jsonPath("$.detail").value("a web page of another site cannot change ClientFit; call the API from a script or tool"));
    }

    private static RequestPostProcessor admin() {
        return httpBasic("admin", "admin-demo");
    }
}
