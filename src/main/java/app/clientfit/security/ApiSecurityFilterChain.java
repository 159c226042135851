package app.clientfit.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.DispatcherType;

/**
 * Who may call what: HTTP Basic, stateless, roles by path as the contract's "Authentication" section
 * says. Paths under /api that no rule names need ADMIN, so a new endpoint is closed until it is listed.
 * A web page of another site cannot change anything ({@link CrossSiteRequests}), and failed logins are
 * slowed down per user name and address ({@link SlowedLogins}).
 * It takes every request that {@link ConsoleSecurityFilterChain} does not.
 */
@Component
class ApiSecurityFilterChain extends ComponentFilterChain {

    private final SecurityFilterChain chain;

    ApiSecurityFilterChain(HttpSecurity http, ObjectMapper json, ObjectProvider<AccountsProperties> accounts,
                           AuthenticationConfiguration authentication, ObjectProvider<LoginFailures> failures,
                           ObjectProvider<AdditionalAccess> additions) throws Exception {
        SecurityProblems problems = new SecurityProblems(json);
        boolean metricsPublic = accounts.getIfAvailable(AccountsProperties::defaults).metricsPublic();
        AuthenticationManager logins = new SlowedLogins(authentication.getAuthenticationManager(),
                failures.getIfAvailable(() -> new LoginFailures(AccountsProperties.defaults(), Clock.systemUTC())));
        this.chain = http
                // No sessions, so no CSRF token to check; what a token would prevent, a browser sending its
                // remembered Basic credentials with another site's form, is refused by its headers instead.
                .csrf(AbstractHttpConfigurer::disable)
                .headers(ComponentFilterChain::headersFirst)
                .addFilterAt(new CrossSiteRequests(problems), CsrfFilter.class)
                .authenticationManager(logins)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .httpBasic(basic -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> rules(auth, metricsPublic, additions.orderedStream().toList()))
                .build();
    }

    private static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
                              boolean metricsPublic, List<AdditionalAccess> additions) {
        auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(path(null, "/error")).denyAll() // only as an error dispatch: called directly it answers 500
                .requestMatchers(path(GET, "/actuator/health"), path(GET, "/actuator/health/**"), path(GET, "/actuator/info")).permitAll()
                .requestMatchers(path(GET, "/v3/api-docs"), path(GET, "/v3/api-docs/**"),
                        path(GET, "/swagger-ui.html"), path(GET, "/swagger-ui/**")).permitAll();
        if (metricsPublic) {
            auth.requestMatchers(path(GET, "/actuator/prometheus")).permitAll();
        } else {
            auth.requestMatchers(path(GET, "/actuator/prometheus")).access(role(Role.AUDITOR));
        }
        additions.forEach(addition -> auth.requestMatchers(path(addition.method(), addition.pattern())).access(role(addition.role())));
        auth.requestMatchers(path(POST, "/api/evaluations"), path(GET, "/api/rules")).access(role(Role.COACH))
                .requestMatchers(path(GET, "/api/evaluations"), path(GET, "/api/evaluations/**"), path(GET, "/api/clients/**"),
                        path(GET, "/api/rules/stats/**"), path(GET, "/api/stats/**"), path(GET, "/api/exports/**"))
                .access(role(Role.AUDITOR))
                .requestMatchers(path(POST, "/api/rules/reload"), path(POST, "/api/rules/validate"),
                        path(GET, "/api/rules/versions/**"), path(GET, "/api/rules/sources/**"), path(DELETE, "/api/clients"),
                        path(DELETE, "/api/clients/**"), path(GET, "/api/cluster"))
                .access(role(Role.ADMIN))
                .requestMatchers(path(null, "/api/**")).access(role(Role.ADMIN))
                .anyRequest().authenticated();
    }

    @Override
    SecurityFilterChain chain() {
        return chain;
    }
}
