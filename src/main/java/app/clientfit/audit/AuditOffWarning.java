package app.clientfit.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The audit is never off without the log saying so at start-up. */
@Component
class AuditOffWarning {

    private static final Logger log = LoggerFactory.getLogger(AuditOffWarning.class);

    AuditOffWarning(AuditProperties properties) {
        if (!properties.enabled()) {
            log.warn("THE AUDIT IS OFF ({}=false): evaluations are answered and NOT stored, no durable record at all. "
                    + "For measurements only; never in production.", AuditEnabled.PROPERTY);
        }
    }
}
