package app.clientfit.audit;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an audit switch that is no boolean into the short "APPLICATION FAILED TO START" report. */
class InvalidAuditSwitchFailureAnalyzer extends AbstractFailureAnalyzer<InvalidAuditSwitchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidAuditSwitchException cause) {
        return new FailureAnalysis(
                "ClientFit refuses to start: " + cause.property() + " is '" + cause.value()
                        + "', which is not a boolean; the service does not guess whether evaluations are stored.",
                "Set " + cause.property() + " (env CLIENTFIT_AUDIT_ENABLED) to true (also on, yes, 1) to store every evaluation,\n"
                        + "or to false (also off, no, 0) to store nothing (for measurements only), or leave it out (true).",
                cause);
    }
}
