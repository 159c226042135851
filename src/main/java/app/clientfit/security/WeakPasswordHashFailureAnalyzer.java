package app.clientfit.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a configured hash of too low a cost into the short "APPLICATION FAILED TO START" report with what to do. */
class WeakPasswordHashFailureAnalyzer extends AbstractFailureAnalyzer<WeakPasswordHashException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WeakPasswordHashException cause) {
        return new FailureAnalysis(
                "ClientFit refuses to start: " + cause.getMessage() + ". A hash that cheap is quick to crack once it leaks"
                        + " (cost " + cause.cost() + " means 2^" + cause.cost() + " rounds; each step below "
                        + UserAccounts.MIN_HASH_COST + " halves the work of a guess).",
                "Hash the password of '" + cause.user() + "' again with cost " + UserAccounts.MIN_HASH_COST + " or more, e.g.\n"
                        + "    htpasswd -nbBC 12 " + cause.user() + " 'the password' | cut -d: -f2      (prints $2y$12$...)\n"
                        + "and set it as that user's clientfit.security.users[i].password-hash"
                        + " (CLIENTFIT_SECURITY_USERS_<i>_PASSWORD_HASH). Give every user the same cost.",
                cause);
    }
}
