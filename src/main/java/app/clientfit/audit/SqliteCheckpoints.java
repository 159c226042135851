package app.clientfit.audit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies SQLite's write-ahead log into the database file on a thread of its own. SQLite's automatic checkpoint runs
 * in the connection that commits and syncs the file there, so evaluations waiting for the audit writer's commit
 * would wait for that sync too; the default URL turns it off ({@code wal_autocheckpoint=0}) and leaves it to this.
 * <p>
 * SQLite starts the log afresh only when a write begins with every frame of it copied. Under steady load the audit
 * writer commits while the copy runs, so the log never was wholly copied and grew without end (1.9 GB in two minutes
 * at 5,000 evaluations a second). So the bulk is copied here, beside the writer, and the rest, what came meanwhile,
 * on the writer's thread between two commits: the next commit then starts the log afresh.
 */
class SqliteCheckpoints implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteCheckpoints.class);

    private final JdbcTemplate jdbc;
    private final GroupCommitWriter writer;
    private final Duration interval;
    private volatile long framesInLog;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread checkpoints = new Thread(runnable, "sqlite-checkpoint");
        checkpoints.setDaemon(true);
        return checkpoints;
    });

    /** @param writer the audit writer, whose thread copies the rest; null where the audit is off (nothing writes steadily) */
    SqliteCheckpoints(DataSource store, Duration interval, GroupCommitWriter writer) {
        this.jdbc = new JdbcTemplate(store);
        this.writer = writer;
        this.interval = interval;
        thread.scheduleWithFixedDelay(this::checkpoint, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Passive checkpoints never wait for the writer or a reader; the second one runs while nothing else writes. */
    void checkpoint() {
        try {
            framesInLog = passive();
            if (writer != null && framesInLog > 0) {
                framesInLog = writer.afterWaitingRecords(this::passive, interval);
            }
        } catch (RuntimeException e) {
            LOG.warn("The SQLite checkpoint failed, the next is in one interval: {}", e.getMessage());
        }
    }

    /** Frames in the log when the last checkpoint ended: small while the log starts afresh, growing when it cannot. */
    long framesInLog() {
        return framesInLog;
    }

    private long passive() {
        Map<String, Object> outcome = jdbc.queryForMap("pragma wal_checkpoint(PASSIVE)");
        return ((Number) outcome.get("log")).longValue();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
