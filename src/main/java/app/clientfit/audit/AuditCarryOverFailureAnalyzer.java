package app.clientfit.audit;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why an earlier H2 trail was not carried over, and the three ways on, instead of a stack trace. */
class AuditCarryOverFailureAnalyzer extends AbstractFailureAnalyzer<AuditCarryOverException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AuditCarryOverException cause) {
        return new FailureAnalysis(
                "ClientFit refuses to start: " + cause.getMessage() + ".\n"
                        + "The service starts only once every stored evaluation is in the store it writes to.",
                "Stop any other process that holds " + cause.file() + " and start again (the copy is one transaction, "
                        + "so nothing half-copied is left);\n"
                        + "or keep the trail in H2: spring.datasource.url=jdbc:h2:file:./data/clientfit;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;\n"
                        + "or start without it: clientfit.audit.carry-over-from= (empty; the file stays as it is).",
                cause);
    }
}
