package app.clientfit.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic logins, slowed down per user name and remote address after failures in a row (see
 * {@link LoginFailures}). During a wait the password is not checked at all, so the answer (429) is the
 * same for a right and a wrong one, and for a user name that exists and one that does not.
 */
final class SlowedLogins implements AuthenticationManager {

    private final AuthenticationManager logins;
    private final LoginFailures failures;

    SlowedLogins(AuthenticationManager logins, LoginFailures failures) {
        this.logins = logins;
        this.failures = failures;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String user = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Optional<Duration> wait = failures.waitBefore(user, address);
        if (wait.isPresent()) {
            throw new WaitBeforeTrying(wait.get());
        }
        try {
            Authentication authenticated = logins.authenticate(attempt);
            failures.succeeded(user, address);
            return authenticated;
        } catch (BadCredentialsException e) {
            failures.failed(user, address);
            throw e;
        }
    }

    /** Answered with 429 and Retry-After by {@link SecurityProblems}. */
    static final class WaitBeforeTrying extends AuthenticationException {

        private final transient Duration retryAfter;

        WaitBeforeTrying(Duration wait) {
            super("too many failed logins; wait " + wait);
            this.retryAfter = wait;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
