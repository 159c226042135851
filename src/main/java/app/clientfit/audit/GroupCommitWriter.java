package app.clientfit.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: one thread writes whatever records are waiting in one transaction, and each caller
 * returns only once the transaction holding its record has committed. Many concurrent evaluations
 * thus share one commit (one disk flush) instead of paying for one each.
 */
final class GroupCommitWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

    /** A record to commit, or a task (an erasure) to run in queue order: after every record enqueued before it. */
    private record Pending(AuditRecord record, Supplier<?> task, CompletableFuture<Object> committed) {
    }

    private final Consumer<List<AuditRecord>> store;
    private final int maxBatchSize;
    private final Duration timeout;
    private final BlockingQueue<Pending> queue;
    private final Thread thread;
    private volatile boolean open = true;

    /** @param store writes the records in one transaction, or throws */
    GroupCommitWriter(Consumer<List<AuditRecord>> store, int maxBatchSize, Duration timeout) {
        this.store = store;
        this.maxBatchSize = maxBatchSize;
        this.timeout = timeout;
        this.queue = new LinkedBlockingQueue<>(maxBatchSize * 8);
        this.thread = new Thread(this::run, "audit-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Returns once the record is committed; throws (503) when it was not, or not in time. */
    void write(AuditRecord record) {
        Pending pending = new Pending(record, null, new CompletableFuture<>());
        long waitMillis = timeout.toMillis();
        try {
            if (!open || !queue.offer(pending, waitMillis, TimeUnit.MILLISECONDS)) {
                throw AuditProblems.auditUnavailable("the audit trail accepts no records now", null);
            }
            pending.committed().get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AuditProblems.auditUnavailable("interrupted while storing the audit record", e);
        } catch (ExecutionException e) {
            throw AuditProblems.auditUnavailable("the audit record could not be stored", e.getCause());
        } catch (TimeoutException e) {
            throw AuditProblems.auditUnavailable("the audit record was not confirmed within " + timeout, e);
        }
    }

    /**
     * Runs the task on the writer thread once every record enqueued before it is committed, and before any
     * record enqueued after it: an erasure thus also removes the records that were still waiting.
     */
    @SuppressWarnings("unchecked")
    <T> T afterWaitingRecords(Supplier<T> task, Duration maxWait) {
        Pending pending = new Pending(null, task, new CompletableFuture<>());
        try {
            if (!open || !queue.offer(pending, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw AuditProblems.erasureUnavailable("the audit trail accepts no requests now", null);
            }
            return (T) pending.committed().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
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

    private void run() {
        List<Pending> batch = new ArrayList<>(maxBatchSize);
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatchSize - 1);
                commitInOrder(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Throwable e) {
                batch.forEach(pending -> pending.committed().completeExceptionally(e));
                log.error("The audit writer failed; {} record(s) not stored", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    /** Commits the records between tasks together, and runs each task where it stands in the queue. */
    private void commitInOrder(List<Pending> drained) {
        List<Pending> records = new ArrayList<>();
        for (Pending pending : drained) {
            if (pending.task() == null) {
                records.add(pending);
                continue;
            }
            if (!records.isEmpty()) {
                commit(records);
                records = new ArrayList<>();
            }
            try {
                pending.committed().complete(pending.task().get());
            } catch (RuntimeException e) {
                pending.committed().completeExceptionally(e);
            }
        }
        if (!records.isEmpty()) {
            commit(records);
        }
    }

    private void commit(List<Pending> batch) {
        try {
            store.accept(batch.stream().map(Pending::record).toList());
            batch.forEach(pending -> pending.committed().complete(null));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                log.error("An audit record could not be stored; its evaluation is answered with 503", e);
                batch.get(0).committed().completeExceptionally(e);
                return;
            }
            // One record the database refuses must not fail the others: try each on its own.
            batch.forEach(pending -> commit(List.of(pending)));
        }
    }

    /** Stops taking records, commits those already waiting, then ends the writer thread. */
    @Override
    public void close() throws InterruptedException {
        open = false;
        thread.join(timeout.toMillis());
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(pending -> pending.committed().completeExceptionally(new IllegalStateException("shutting down")));
    }
}
