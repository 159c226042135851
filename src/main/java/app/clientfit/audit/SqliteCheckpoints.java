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
import org.springframework.web.ErrorResponseException;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

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

    /** About a megabyte of pages: left for the writer's thread, they take a millisecond or two. */
    private static final long FEW_FRAMES = 256;
    private static final int MAX_BULK_PASSES = 4;

    private final JdbcTemplate jdbc;
    private final GroupCommitWriter writer;
    private final Duration interval;
    private final Timer bulk;
    private final Timer rest;
    private volatile long framesInLog;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread checkpoints = new Thread(runnable, "sqlite-checkpoint");
        checkpoints.setDaemon(true);
        return checkpoints;
    });

    /** @param writer the audit writer, whose thread copies the rest; null where the audit is off (nothing writes steadily) */
    SqliteCheckpoints(DataSource store, Duration interval, GroupCommitWriter writer, MeterRegistry registry) {
        this.jdbc = new JdbcTemplate(store);
        this.bulk = checkpointTimer("bulk", registry);
        this.rest = checkpointTimer("rest", registry);
        Gauge.builder("clientfit.audit.sqlite.log.frames", this, SqliteCheckpoints::framesInLog)
                .description("Pages in SQLite's write-ahead log after the last checkpoint; growing means it cannot start afresh")
                .register(registry);
        this.writer = writer;
        this.interval = interval;
        thread.scheduleWithFixedDelay(this::checkpoint, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Passive checkpoints never wait for the writer or a reader. The bulk is copied again while much came meanwhile
     * (a slow disk), so that what is left for the writer's thread, where evaluations wait, is little.
     */
    void checkpoint() {
        try {
            long copied = bulk.record(this::passive);
            for (int pass = 1; pass < MAX_BULK_PASSES; pass++) {
                long framesNow = bulk.record(this::passive);
                boolean littleCameMeanwhile = framesNow - copied <= FEW_FRAMES; // also when the log started afresh
                copied = framesNow;
                if (littleCameMeanwhile) {
                    break;
                }
            }
            framesInLog = copied;
            if (writer != null && copied > 0) {
                framesInLog = writer.afterWaitingRecords(() -> rest.record(this::passive), interval);
            }
        } catch (ErrorResponseException e) {
            // The writer takes nothing now (overloaded, or the database is away, which it reports itself).
            LOG.debug("The rest of the SQLite checkpoint waits for the next interval: {}", e.getBody().getDetail());
        } catch (RuntimeException e) {
            LOG.warn("The SQLite checkpoint failed, the next is in one interval: {}", e.getMessage());
        }
    }

    private static Timer checkpointTimer(String part, MeterRegistry registry) {
        return Timer.builder("clientfit.audit.sqlite.checkpoint").tag("part", part)
                .description("Time a SQLite checkpoint took: the bulk beside the audit writer, the rest on its thread").register(registry);
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
