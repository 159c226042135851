package app.clientfit.audit;

import java.util.concurrent.CompletableFuture;
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

    void failed(Throwable failure) {
        state.set(State.DONE);
        outcome.completeExceptionally(failure);
    }
}
