package app.clientfit.security;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.clientfit.evaluation.EvaluationLimits;
import app.clientfit.web.WebProperties;

/**
 * For a web slice of the security chain ({@code @WebMvcTest(SecuritySlice.StandInApi.class)} with
 * {@code @Import(SecuritySlice.class)}): the real chain, user accounts and login failures in front of one
 * stand-in endpoint, so that what a login does is tested without the rules, the evaluation or the audit
 * behind it. Nested in a test configuration, the stand-in is left out of every other context's scan.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({UserAccounts.class, LoginFailures.class})
@EnableConfigurationProperties({AccountsProperties.class, WebProperties.class, EvaluationLimits.class})
class SecuritySlice {

    /** {@code GET /api/rules} as the chain protects it (COACH or above), answering an empty object once let in. */
    @RestController
    static class StandInApi {

        @GetMapping("/api/rules")
        Map<String, String> rules() {
            return Map.of();
        }
    }
}
