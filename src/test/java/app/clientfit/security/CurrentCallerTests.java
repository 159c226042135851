package app.clientfit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentCallerTests {

    private final CurrentCaller caller = new CurrentCaller();

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void shouldNameTheLoggedInUser() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "coach", null, AuthorityUtils.createAuthorityList("ROLE_COACH")));

        assertThat(caller.name()).isEqualTo("coach");
    }

    @Test
    void shouldSayAnonymousWhenNoOneIsLoggedIn() {
        assertThat(caller.name()).isEqualTo(CurrentCaller.ANONYMOUS);

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken(
                "key", "anonymousUser", List.copyOf(AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));
        assertThat(caller.name()).isEqualTo(CurrentCaller.ANONYMOUS);
    }
}
