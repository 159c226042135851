package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

/**
 * The audit trail on the default storage: SQLite in write-ahead-log mode, in a file of its own in a folder that
 * does not exist yet (the service creates it). Also serves the metrics (test contexts switch them off otherwise).
 */
@AutoConfigureObservability(tracing = false)
class SqliteAuditTrailTests extends AuditTrailContract {

    @Test
    void shouldCountVerdictsAndFiredRulesForPrometheus() throws Exception {
        String before = http.getForObject("/actuator/prometheus", String.class);
        post(sample("chronic-late-payer.json", unique("metrics")));

        String after = http.getForObject("/actuator/prometheus", String.class);

        assertThat(counter(after, "clientfit_evaluations_total{verdict=\"BAD\"}"))
                .isEqualTo(counter(before, "clientfit_evaluations_total{verdict=\"BAD\"}") + 1);
        assertThat(counter(after, "clientfit_rules_fired_total{rule=\"Late payer\"}"))
                .isEqualTo(counter(before, "clientfit_rules_fired_total{rule=\"Late payer\"}") + 1);
        assertThat(after).contains("clientfit_evaluation_seconds_count");
    }

    @Test
    void shouldMeasureTheAuditCommits() throws Exception {
        String before = http.getForObject("/actuator/prometheus", String.class);
        post(sample("nagger.json", unique("commit-metrics")));

        String after = http.getForObject("/actuator/prometheus", String.class);

        assertThat(counter(after, "clientfit_audit_commit_records_sum")).isGreaterThanOrEqualTo(counter(before, "clientfit_audit_commit_records_sum") + 1);
        assertThat(counter(after, "clientfit_audit_commit_seconds_count")).isGreaterThan(counter(before, "clientfit_audit_commit_seconds_count"));
        assertThat(after).contains("clientfit_audit_waiting ");
    }

    @Test
    void shouldTimeRequestsWithoutSpringSecuritysObservationOfEveryFilter() throws Exception {
        post(sample("ideal-client.json", unique("request-metrics")));

        String scrape = http.getForObject("/actuator/prometheus", String.class);

        assertThat(scrape).contains("http_server_requests_seconds_count{").doesNotContain("spring_security_");
    }

    private static double counter(String scrape, String series) {
        return scrape.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).orElse(0.0);
    }
}
