package app.clientfit.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import app.clientfit.evaluation.EvaluationLimits;
import app.clientfit.web.WebProperties;

/**
 * The console's login form: the users of the API, a CSRF token, and failed logins slowed down as for HTTP
 * Basic. No controller: the security filters answer. The clock stands still, so nothing waits for real.
 */
@WebMvcTest(controllers = ConsoleLoginTests.class)
@Import({UserAccounts.class, ConsoleLoginTests.StillClock.class})
@EnableConfigurationProperties({AccountsProperties.class, WebProperties.class, EvaluationLimits.class})
class ConsoleLoginTests {

    @TestConfiguration
    static class StillClock {

        @Bean
        LoginFailures loginFailures(AccountsProperties accounts) {
            return new LoginFailures(accounts, Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsProperties accounts;

    @Test
    void shouldLogInAUserOfTheApiAndLeadThemToTheStart() throws Exception {
        mvc.perform(formLogin("/login").user("coach").password("coach-demo")).andExpect(redirectedUrl("/"));
    }

    @Test
    void shouldSendAWrongPasswordBackToTheForm() throws Exception {
        mvc.perform(formLogin("/login").user("auditor").password("wrong")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void shouldMakeAUserWaitAfterTooManyFailuresEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < accounts.loginFailuresBeforeDelay(); i++) {
            mvc.perform(formLogin("/login").user("admin").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("admin").password("admin-demo")).andExpect(redirectedUrl("/login?wait"));
    }

    @Test
    void shouldRefuseALoginWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "coach").param("password", "coach-demo")).andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf().useInvalidToken()).param("username", "coach").param("password", "coach-demo"))
                .andExpect(status().isForbidden());
    }
}
