package app.clientfit.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: the name the audit records as having asked for an evaluation. */
@Component
public class CurrentCaller {

    /** Used when no one is logged in (a call from inside the service, or a test without security). */
    public static final String ANONYMOUS = "anonymous";

    /** The authenticated user's login name on this thread, or {@link #ANONYMOUS}. */
    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }
}
