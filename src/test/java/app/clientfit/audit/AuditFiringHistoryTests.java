package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import app.clientfit.rules.lint.FiringHistory;
import app.clientfit.storage.StoredInstants;

/** What the stored evaluations say to the rules' analysis, on the audit's own schema: H2 here, PostgreSQL and SQLite in subclasses. */
class AuditFiringHistoryTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant SINCE = Instant.parse("2026-09-02T10:00:00Z");

    private JdbcTemplate jdbc;
    private AuditFiringHistory history;
    private StoredInstants instants;

    /** An empty database of its own. */
    DataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    @BeforeEach
    void schema() {
        DataSource dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        instants = new StoredInstants(jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL()));
        history = new AuditFiringHistory(jdbc, new EvaluationCursor(dataSource, new DataSourceTransactionManager(dataSource), 1000), instants);
    }

    @Test
    void saysWhichRulesFiredAndWhichFactsWereGivenSinceTheStart() {
        version(SINCE.minusSeconds(86_400));
        evaluation(NOW.minusSeconds(3_600), "{\"clientId\":\"k-1\",\"invoicesTotal\":10,\"chaotic\":true}", "Late payer");
        evaluation(SINCE.minusSeconds(60), "{\"clientId\":\"k-0\",\"referralsGiven\":2}", "Refers others");

        FiringHistory.Period period = history.since(SINCE, List.of("Late payer", "Refers others", "Chaotic"),
                List.of("invoicesTotal", "referralsGiven", "chaotic")).orElseThrow();

        assertThat(period.firedRules()).containsExactly("Late payer");
        assertThat(period.givenFacts()).containsExactlyInAnyOrder("invoicesTotal", "chaotic");
    }

    @Test
    void saysNothingWhenNoVersionWasActiveBeforeThePeriod() {
        version(SINCE.plusSeconds(60));
        evaluation(NOW.minusSeconds(3_600), "{\"clientId\":\"k-1\"}", "Late payer");

        assertThat(history.since(SINCE, List.of("Late payer"), List.of())).isEmpty();
    }

    @Test
    void saysNothingWhenNoEvaluationWasStoredInThePeriod() {
        version(SINCE.minusSeconds(86_400));

        assertThat(history.since(SINCE, List.of("Late payer"), List.of())).isEmpty();
    }

    private void version(Instant at) {
        jdbc.update("insert into ruleset_version (version, first_activated_at) values (?, ?)", "v-" + at.getEpochSecond(), instants.bind(at));
    }

    private void evaluation(Instant at, String facts, String fired) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into evaluation (id, evaluated_at, client_id, verdict, score, ruleset_version, request_id, facts, findings,"
                + " fired_rules) values (?, ?, 'k', 'BAD', -40, 'v', 'r', ?, '[]', ?)", id, instants.bind(at), facts,
                "[{\"rule\":\"" + fired + "\",\"source\":\"rules/verdict.drl\",\"location\":\"line 1\"}]");
    }
}
