package app.clientfit.audit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A record (or a task) in the writer's queue. The caller and the writer race for it through one state, so a
 * record is either cancelled before the writer took it (and never stored), or its caller learns the outcome of
 * the commit that holds it. A caller that cannot wait for that outcome abandons it; the writer then deletes it
 * again after the commit, so no record of a 503 answer stays stored.
 */
final class PendingWrite {

    private enum State { WAITING, TAKEN, CANCELLED, ABANDONED, DONE }

    private final AuditRecord record;
    private final Supplier<?> task;
    private final CompletableFuture<Object> outcome = new CompletableFuture<>();
    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);

    private PendingWrite(AuditRecord record, Supplier<?> task) {
        this.record = record;
        this.task = task;
    }

    static PendingWrite of(AuditRecord record) {
        return new PendingWrite(record, null);
    }

    static PendingWrite of(Supplier<?> task) {
        return new PendingWrite(null, task);
    }

    AuditRecord record() {
        return record;
    }

    Supplier<?> task() {
        return task;
    }

    CompletableFuture<Object> outcome() {
        return outcome;
    }

    /** The writer's claim; false when the caller already gave up on it. */
    boolean take() {
        return state.compareAndSet(State.WAITING, State.TAKEN);
    }

    /** The caller's claim before the writer took it; true means it will never be stored. */
    boolean cancel() {
        return state.compareAndSet(State.WAITING, State.CANCELLED);
    }

    /** The caller stops waiting for a commit under way; true means the writer must undo it if it commits. */
    boolean abandon() {
        return state.compareAndSet(State.TAKEN, State.ABANDONED);
    }

    /** The writer reports the commit; false when the caller abandoned it meanwhile (then it must be deleted). */
    boolean committed(Object result) {
        boolean answered = state.compareAndSet(State.TAKEN, State.DONE);
        outcome.complete(result);
        return answered;
    }

    /** True once its caller was told the commit went through. */
    boolean succeeded() {
        return outcome.isDone() && !outcome.isCompletedExceptionally();
    }

    void failed(Throwable failure) {
        state.set(State.DONE);
        outcome.completeExceptionally(failure);
    }

    /**
     * Waits for the commit; a caller that times out cancels its record if the writer has not taken it yet,
     * otherwise waits for the commit under way (bounded by the statement and connection timeouts) and, only
     * if even that does not end, abandons the record so the writer deletes it after its commit.
     */
    void awaitOutcome(Duration timeout, long retryAfter) throws ExecutionException {
        try {
            outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (cancel() || abandon()) {
                throw AuditProblems.auditUnavailable("interrupted while storing the audit record", e, retryAfter);
            }
        } catch (TimeoutException e) {
            if (cancel()) {
                throw AuditProblems.auditUnavailable("the audit record was not confirmed within " + timeout, e, retryAfter);
            }
        }
        try {
            outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | TimeoutException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (abandon()) {
                throw AuditProblems.auditUnavailable("the audit commit did not end within " + timeout.multipliedBy(2), e, retryAfter);
            }
            try {
                outcome.join();
            } catch (CompletionException failedJustNow) {
                throw new ExecutionException(failedJustNow.getCause());
            }
        }
    }
}
