package app.clientfit.audit;

import java.time.Duration;
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
 */
class SqliteCheckpoints implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteCheckpoints.class);

    private final JdbcTemplate jdbc;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread checkpoints = new Thread(runnable, "sqlite-checkpoint");
        checkpoints.setDaemon(true);
        return checkpoints;
    });

    SqliteCheckpoints(DataSource store, Duration interval) {
        this.jdbc = new JdbcTemplate(store);
        thread.scheduleWithFixedDelay(this::checkpoint, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Passive: copies what no reader still needs and never waits for the writer or a reader. */
    void checkpoint() {
        try {
            jdbc.execute("pragma wal_checkpoint(PASSIVE)");
        } catch (RuntimeException e) {
            LOG.warn("The SQLite checkpoint failed, the next is in one interval: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
