package app.clientfit.audit;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * DOWN while the audit writer finds the database unable to take records. It reads the writer's state and
 * never asks the database itself, so health answers at once even when every connection hangs.
 */
@Component("audit")
@Conditional(AuditEnabled.class)
class AuditHealthIndicator implements HealthIndicator {

    private final GroupCommitWriter writer;

    AuditHealthIndicator(GroupCommitWriter writer) {
        this.writer = writer;
    }

    @Override
    public Health health() {
        return writer.unavailableSince()
                .map(since -> Health.down().withDetail("reason", "the audit database cannot take records").withDetail("since", since.toString()).build())
                .orElseGet(() -> Health.up().withDetail("waiting", writer.waiting()).build());
    }
}
