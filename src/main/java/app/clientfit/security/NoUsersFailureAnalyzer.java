package app.clientfit.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start without users into the short "APPLICATION FAILED TO START" report with what to do. */
class NoUsersFailureAnalyzer extends AbstractFailureAnalyzer<NoUsersConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoUsersConfiguredException cause) {
        return new FailureAnalysis(
                "ClientFit refuses to start: " + cause.getMessage() + " (the 'prod' profile turns the demo users off).",
                "Configure at least one user with a bcrypt hash of the password, e.g.\n"
                        + "    CLIENTFIT_SECURITY_USERS_0_NAME=admin\n"
                        + "    CLIENTFIT_SECURITY_USERS_0_PASSWORD_HASH='$2y$10$...'   (htpasswd -nbBC 10 admin 'secret' | cut -d: -f2)\n"
                        + "    CLIENTFIT_SECURITY_USERS_0_ROLE=ADMIN\n"
                        + "or, for a demo only, set clientfit.security.demo-users=true.",
                cause);
    }
}
