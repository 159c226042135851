package app.clientfit.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;


/**
 * The console's pages: a login form, a session cookie and CSRF tokens, with the same users, roles and
 * slowed logins as the API. It takes only the console's paths; everything else (the API above all) stays
 * with {@link ApiSecurityFilterChain}, stateless and HTTP Basic, which is why this chain comes first.
 */
@Component
@Order(1)
class ConsoleSecurityFilterChain extends ComponentFilterChain {

    static final String LOGIN = "/login";

    private static final RequestMatcher PAGES = new OrRequestMatcher(path(null, "/"), path(null, LOGIN), path(null, "/logout"),
            path(null, "/console"), path(null, "/console/**"), path(null, "/webjars/**"), path(null, "/css/**"), path(null, "/js/**"),
            path(null, "/favicon.ico"));

    private final SecurityFilterChain chain;

    ConsoleSecurityFilterChain(HttpSecurity http, ObjectProvider<AccountsProperties> accounts,
                               AuthenticationConfiguration authentication, ObjectProvider<LoginFailures> failures) throws Exception {
        AuthenticationManager logins = new SlowedLogins(authentication.getAuthenticationManager(),
                failures.getIfAvailable(() -> new LoginFailures(accounts.getIfAvailable(AccountsProperties::defaults), Clock.systemUTC())));
        this.chain = http
                .securityMatcher(PAGES)
                .headers(ComponentFilterChain::headersFirst)
                .authenticationManager(logins)
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/", false)
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath() + LOGIN
                                + (failure instanceof SlowedLogins.WaitBeforeTrying ? "?wait" : "?error")))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout").permitAll())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path(GET, "/webjars/**"), path(GET, "/css/**"), path(GET, "/js/**"), path(GET, "/favicon.ico")).permitAll()
                        .requestMatchers(path(GET, "/"), path(GET, "/console/evaluate"), path(POST, "/console/evaluate"),
                                path(GET, "/console/rules")).access(role(Role.COACH))
                        .requestMatchers(path(POST, "/console/rules/validate"), path(POST, "/console/rules/impact"),
                                path(POST, "/console/rules/reload"), path(POST, "/console/clients/*/erase"),
                                path(POST, "/console/clients/erase"), path(GET, "/console/cluster")).access(role(Role.ADMIN))
                        .requestMatchers(path(GET, "/console"), path(GET, "/console/evaluations"), path(GET, "/console/evaluations/**"),
                                path(GET, "/console/clients"), path(GET, "/console/clients/**")).access(role(Role.AUDITOR))
                        // A page not listed is open to every logged-in user.
                        .anyRequest().authenticated())
                .build();
    }

    @Override
    SecurityFilterChain chain() {
        return chain;
    }
}
