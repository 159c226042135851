package app.clientfit.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@ConsolePageTest(HomeController.class)
class HomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(roles = "COACH")
    void shouldLeadACoachToTheEvaluateForm() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/console/evaluate"));
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void shouldLeadAnAuditorToTheOverview() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/console"));
    }

    @Test
    @WithAnonymousUser
    void shouldLeadABrowserToTheLoginForm() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"username\"")))
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    @WithAnonymousUser
    void shouldRememberTheChosenLanguageInACookie() throws Exception {
        mvc.perform(get("/login").param("lang", "de"))
                .andExpect(cookie().value("clientfit-lang", "de"))
                .andExpect(content().string(containsString("Benutzername")));
    }

    @Test
    @WithMockUser(roles = "COACH")
    void shouldLeadFromTheImpactPageToTheRulesPageWhereItIs() throws Exception {
        mvc.perform(get("/console/impact")).andExpect(redirectedUrl("/console/rules#impact"));
    }

    @Test
    @WithAnonymousUser
    void shouldKeepTheApiOnStatelessHttpBasic() throws Exception {
        mvc.perform(get("/api/rules")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/rules").with(httpBasic("coach", "wrong"))).andExpect(status().isUnauthorized());
    }
}
