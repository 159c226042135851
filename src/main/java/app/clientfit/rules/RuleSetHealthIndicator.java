package app.clientfit.rules;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** UP while a valid rule set serves; DOWN before the first one is active. */
@Component("rules")
class RuleSetHealthIndicator implements HealthIndicator {

    private final ActiveRuleSet active;

    RuleSetHealthIndicator(ActiveRuleSet active) {
        this.active = active;
    }

    @Override
    public Health health() {
        return active.current()
                .map(ruleSet -> Health.up().withDetail("version", ruleSet.version()).build())
                .orElseGet(() -> Health.down().withDetail("reason", "no valid rule set is active").build());
    }
}
