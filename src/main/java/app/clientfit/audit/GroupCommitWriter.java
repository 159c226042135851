package app.clientfit.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: one thread writes whatever records are waiting in one transaction, and each caller
 * returns only once the transaction holding its record has committed. Many concurrent evaluations
 * thus share one commit (one disk flush) instead of paying for one each.
 * <p>
 * When the database cannot take records (unreachable, shut down, disk full) the writer says so at once to
 * every caller and to health, and probes the database until it answers again; meanwhile nothing waits.
 */
final class GroupCommitWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    static final Duration DEFAULT_PROBE_INTERVAL = Duration.ofSeconds(1);

    private final AuditStore store;
    private final int maxBatchSize;
    private final Duration timeout;
    private final Duration probeInterval;
    private final long maxCommitDelayNanos;
    private final BlockingQueue<PendingWrite> queue;
    /** Records whose commit failed with the connection, so may have gone through; deleted before the next commit. */
    private final Set<UUID> inDoubt = new HashSet<>();
    private final Thread thread;
    private volatile boolean open = true;
    private volatile Instant unavailableSince;
    /** When the writer last committed or probed; it probes again a probe interval later. */
    private long lastContact = System.nanoTime();
    /** How many records the last commit stored: more than one means callers arrive faster than commits end. */
    private int lastGroupSize;

    GroupCommitWriter(AuditStore store, int maxBatchSize, Duration timeout) {
        this(store, maxBatchSize, timeout, DEFAULT_PROBE_INTERVAL);
    }

    GroupCommitWriter(AuditStore store, int maxBatchSize, Duration timeout, Duration probeInterval) {
        this(store, maxBatchSize, timeout, probeInterval, Duration.ZERO);
    }

    /**
     * @param maxCommitDelay how long a commit waits for more records after a commit that held several: fewer, larger
     *                       commits for a little latency under load
     */
    GroupCommitWriter(AuditStore store, int maxBatchSize, Duration timeout, Duration probeInterval, Duration maxCommitDelay) {
        this.store = store;
        this.maxBatchSize = maxBatchSize;
        this.timeout = timeout;
        this.probeInterval = probeInterval;
        this.maxCommitDelayNanos = maxCommitDelay.toNanos();
        this.queue = new LinkedBlockingQueue<>(maxBatchSize * 8);
        this.thread = new Thread(this::run, "audit-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Returns once the record is committed; throws (503) when it was not, or not in time: then it is never stored. */
    void write(AuditRecord record) {
        PendingWrite pending = PendingWrite.of(record);
        if (unavailableSince != null) {
            throw AuditProblems.auditUnavailable("the audit database cannot take records since " + unavailableSince, null, retryAfter());
        }
        if (!open || !queue.offer(pending)) {
            throw AuditProblems.auditUnavailable("the audit trail accepts no records now", null, retryAfter());
        }
        try {
            pending.awaitOutcome(timeout, retryAfter());
        } catch (ExecutionException e) {
            throw AuditProblems.auditUnavailable("the audit record could not be stored", e.getCause(), retryAfter());
        }
    }

    /**
     * Runs the task on the writer thread once every record enqueued before it is committed, and before any
     * record enqueued after it: an erasure thus also removes the records that were still waiting.
     */
    @SuppressWarnings("unchecked")
    <T> T afterWaitingRecords(Supplier<T> task, Duration maxWait) {
        PendingWrite pending = PendingWrite.of(task);
        try {
            if (unavailableSince != null || !open || !queue.offer(pending, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw AuditProblems.erasureUnavailable("the audit trail accepts no requests now", null);
            }
            return (T) pending.outcome().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AuditProblems.erasureUnavailable("interrupted while waiting for the audit trail", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : AuditProblems.erasureUnavailable("the audit trail failed", e.getCause());
        } catch (TimeoutException e) {
            throw AuditProblems.erasureUnavailable("the audit trail did not confirm within " + maxWait, e);
        }
    }

    /** Records waiting for the next commit. */
    int waiting() {
        return queue.size();
    }

    /** Since when the database cannot take records, as the writer last found it; empty while it can. */
    Optional<Instant> unavailableSince() {
        return Optional.ofNullable(unavailableSince);
    }

    private long retryAfter() {
        return Math.max(1, (probeInterval.toMillis() + 999) / 1000);
    }

    private void run() {
        List<PendingWrite> batch = new ArrayList<>(maxBatchSize);
        while (open || !queue.isEmpty()) {
            try {
                PendingWrite first = queue.poll(probeInterval.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, maxBatchSize - 1);
                    gatherMore(batch);
                }
                if (System.nanoTime() - lastContact > probeInterval.toNanos()) {
                    probe();
                }
                commitInOrder(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Throwable e) {
                batch.stream().filter(pending -> pending.record() != null && !pending.succeeded())
                        .forEach(pending -> inDoubt.add(pending.record().id()));
                batch.forEach(pending -> pending.failed(e));
                log.error("The audit writer failed; {} record(s) not stored", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Under load a commit costs about as much for one record as for a dozen (the pages it rewrites are the same), so
     * after a commit that held more than one record the writer sleeps the commit delay through and then takes what
     * came. Alone, a caller never waits. Sleeping rather than waiting on the queue: that would wake the writer for every
     * record arriving meanwhile.
     */
    private void gatherMore(List<PendingWrite> batch) {
        if (maxCommitDelayNanos <= 0 || lastGroupSize < 2 || batch.size() >= maxBatchSize) {
            return;
        }
        LockSupport.parkNanos(maxCommitDelayNanos);
        queue.drainTo(batch, maxBatchSize - batch.size());
    }

    /**
     * Asks the database whether it answers, and first deletes what may have been stored for a 503 answer. Runs
     * when the writer has not heard from the database for a probe interval: idle, or since it became unavailable.
     */
    private void probe() {
        lastContact = System.nanoTime();
        try {
            if (unavailableSince != null) {
                store.reconnect();
            }
            store.probe();
            if (!inDoubt.isEmpty()) {
                store.delete(inDoubt);
                log.warn("Deleted {} audit record(s) whose commit failed with the connection and whose evaluations were answered 503",
                        inDoubt.size());
                inDoubt.clear();
            }
            if (unavailableSince != null) {
                log.warn("The audit database answers again; evaluations are stored again (unavailable since {})", unavailableSince);
            }
            unavailableSince = null;
        } catch (RuntimeException e) {
            unavailable(e);
        }
    }

    private void unavailable(RuntimeException e) {
        lastContact = System.nanoTime();
        if (unavailableSince == null) {
            unavailableSince = Instant.now();
            log.error("The audit database cannot take records; evaluations are answered 503 until it can: {}", e.getMessage());
        }
    }

    /** Commits the records between tasks together, and runs each task where it stands in the queue. */
    private void commitInOrder(List<PendingWrite> drained) {
        List<PendingWrite> records = new ArrayList<>();
        for (PendingWrite pending : drained) {
            if (pending.task() == null) {
                if (pending.take()) {
                    records.add(pending);
                }
                continue;
            }
            commit(records);
            records = new ArrayList<>();
            runTask(pending);
        }
        commit(records);
    }

    private void runTask(PendingWrite pending) {
        if (!pending.take()) {
            return;
        }
        if (unavailableSince != null) {
            pending.failed(AuditProblems.erasureUnavailable("the audit database cannot take records since " + unavailableSince, null));
            return;
        }
        try {
            pending.committed(pending.task().get());
        } catch (RuntimeException e) {
            pending.failed(e);
        }
    }

    private void commit(List<PendingWrite> taken) {
        if (taken.isEmpty()) {
            return;
        }
        if (unavailableSince != null) {
            taken.forEach(pending -> pending.failed(new IllegalStateException("the audit database cannot take records")));
            return;
        }
        try {
            store.insert(taken.stream().map(PendingWrite::record).toList());
            lastContact = System.nanoTime();
            lastGroupSize = taken.size();
            deleteAbandoned(taken.stream().filter(pending -> !pending.committed(null)).toList());
        } catch (RuntimeException e) {
            // Whatever the failure, the commit may have gone through: its records go before anyone hears of it.
            if (StoreFailures.isUnavailable(e) || !deleted(taken)) {
                unavailable(e);
                taken.forEach(pending -> inDoubt.add(pending.record().id()));
                taken.forEach(pending -> pending.failed(e));
            } else if (taken.size() == 1) {
                log.error("An audit record could not be stored; its evaluation is answered with 503", e);
                taken.get(0).failed(e);
            } else {
                // One record the database refuses must not fail the others: try each on its own.
                taken.forEach(pending -> commit(List.of(pending)));
            }
        }
    }

    /** Deletes the records of a failed commit; false when even that fails, so they stay in doubt. */
    private boolean deleted(List<PendingWrite> failed) {
        try {
            store.delete(failed.stream().map(pending -> pending.record().id()).toList());
            return true;
        } catch (RuntimeException e) {
            log.warn("The records of a failed audit commit could not be deleted; they are deleted once the database answers", e);
            return false;
        }
    }

    private void deleteAbandoned(List<PendingWrite> abandoned) {
        if (abandoned.isEmpty()) {
            return;
        }
        abandoned.forEach(pending -> inDoubt.add(pending.record().id()));
        probe();
    }

    /** Stops taking records, commits those already waiting, then ends the writer thread. */
    @Override
    public void close() throws InterruptedException {
        open = false;
        thread.join(timeout.toMillis());
        List<PendingWrite> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(pending -> pending.failed(new IllegalStateException("shutting down")));
    }
}
