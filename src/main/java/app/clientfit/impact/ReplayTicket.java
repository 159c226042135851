package app.clientfit.impact;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** One replay, from before it may start until it ends: what it is for, how far it got, and whether it was cancelled. */
final class ReplayTicket {

    private final String purpose;
    private final AtomicLong records = new AtomicLong();
    private volatile Instant startedAt;
    private volatile boolean cancelled;

    /** @param purpose what a caller told to wait reads: whose replay is running */
    ReplayTicket(String purpose) {
        this.purpose = purpose;
    }

    void started(Instant at) {
        startedAt = at;
    }

    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Called for each record read: stops the replay there once it was cancelled. */
    void read() {
        if (cancelled) {
            throw new ReplayCancelledException();
        }
        records.incrementAndGet();
    }

    String describe() {
        return purpose + ", started " + startedAt + ", " + records.get() + " stored evaluations read so far";
    }

    /** Thrown through the cursor to stop reading; answered as a problem. */
    static final class ReplayCancelledException extends RuntimeException {

        ReplayCancelledException() {
            super("the replay was cancelled", null, false, false);
        }
    }
}
