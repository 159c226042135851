package app.clientfit.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import app.clientfit.storage.StoredInstants;

/**
 * Writes and deletes evaluation records; every method is one transaction. An insert may take at most the
 * commit timeout (a statement timeout), so the writer never hangs on a database that stopped answering.
 */
@Repository
class AuditWrites implements AuditStore {

    private static final String INSERT_EVALUATION = """
            insert into evaluation (id, evaluated_at, client_id, verdict, score, ruleset_version, caller, request_id,
                                    facts, findings, fired_rules, batch_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate commit;
    private final DataSource dataSource;
    private final StoredInstants instants;

    AuditWrites(JdbcTemplate jdbc, TransactionTemplate transaction, PlatformTransactionManager transactions, AuditProperties properties,
                StoredInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
        this.dataSource = jdbc.getDataSource();
        this.transaction = transaction;
        this.commit = new TransactionTemplate(transactions);
        this.commit.setTimeout((int) Math.max(1, properties.commitTimeout().toSeconds()));
    }

    @Override
    public void insert(List<AuditRecord> records) {
        List<Object[]> evaluations = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            evaluations.add(new Object[] {r.id(), instants.bind(r.evaluatedAt()), r.clientId(), r.verdict(), r.score(), r.rulesetVersion(),
                    r.caller(), r.requestId(), r.facts(), r.findings(), r.firedRules(), r.batchId()});
        }
        commit.executeWithoutResult(status -> jdbc.batchUpdate(INSERT_EVALUATION, evaluations));
    }

    @Override
    public void delete(Collection<UUID> ids) {
        commit.executeWithoutResult(status -> jdbc.batchUpdate("delete from evaluation where id = ?",
                ids.stream().map(id -> new Object[] {id}).toList()));
    }

    @Override
    public void reconnect() {
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Override
    public void probe() {
        commit.executeWithoutResult(status -> jdbc.queryForObject("select 1", Integer.class));
    }

    /** Deletes every record of one client; answers how many evaluations went. */
    int eraseClient(String clientId) {
        return transaction.execute(status -> jdbc.update("delete from evaluation where client_id = ?", clientId));
    }

    /** Deletes every record evaluated before the cutoff; answers how many went. */
    int purgeBefore(Instant cutoff) {
        return transaction.execute(status -> jdbc.update("delete from evaluation where evaluated_at < ?", instants.bind(cutoff)));
    }
}
