package app.clientfit.evaluation;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watchdog's view of the runs of one thread, one run at a time. The watchdog marks a run that is over
 * its time or memory limit, and the run halts itself at its next rule firing; a run that does not get
 * there within a grace period (a regular expression that backtracks for hours, a join of very many facts)
 * has its thread stopped. The end of {@link #run} closes the window in which a stop can be sent, and
 * awaits one sent just before, so that a stop never reaches code after the run.
 */
final class RunWatch {

    private static final Logger log = LoggerFactory.getLogger(RunWatch.class);
    /** How long a sent stop may take to arrive; it arrives at the thread's next safepoint, in practice at once. */
    private static final Duration STOP_ARRIVAL = Duration.ofSeconds(5);

    private final Thread thread;
    private RunLimits limits;
    private boolean running;
    private boolean stopSent;
    private boolean cannotStop;
    private long deadline;
    private long allocatedAtStart;
    private long trippedAt;
    private volatile RunLimitExceededException.Limit tripped;

    RunWatch(Thread thread) {
        this.thread = thread;
    }

    /**
     * Runs the work as one run of this watch's thread, which must be the current one. A stop from the
     * watchdog arrives as a ThreadDeath at any point of the work, or, when it was sent just before the
     * work ended, soon after: it is awaited here, so that it never reaches the caller.
     *
     * @return what the work ended with: null when it ended by itself, the ThreadDeath when it was stopped
     *         ({@link #stopSent()} says whether by the watchdog), or its own exception or error
     */
    Throwable run(RunLimits limits, Runnable work) {
        boolean interruptedBefore = Thread.currentThread().isInterrupted();
        Throwable failure = null;
        try {
            try {
                begin(limits);
                work.run();
            } catch (Throwable e) { // the work's own failure, or the watchdog's stop
                failure = e;
            } finally {
                end();
            }
            if (stopSent() && !(failure instanceof ThreadDeath)) {
                awaitStop();
            }
        } catch (ThreadDeath stop) {
            failure = stop;
            end(); // the stop may have arrived in the first call, before it ended the run
        }
        if (failure instanceof ThreadDeath && !interruptedBefore) {
            Thread.interrupted(); // a stop also interrupts the thread
        }
        return failure;
    }

    /** The limit the run is over, as the watchdog found it; null while it is within its limits. Read at every firing. */
    RunLimitExceededException.Limit tripped() {
        return tripped;
    }

    /** Whether the watchdog stopped the last run. */
    synchronized boolean stopSent() {
        return stopSent;
    }

    boolean belongsToLiveThread() {
        return thread.isAlive();
    }

    private void begin(RunLimits limits) {
        long allocated = Allocations.ofCurrentThread();
        long now = System.nanoTime();
        synchronized (this) {
            this.limits = limits;
            this.running = true;
            this.stopSent = false;
            this.cannotStop = false;
            this.deadline = now + limits.maxRunTime().toNanos();
            this.allocatedAtStart = allocated;
            this.tripped = null;
        }
    }

    /** From here on no stop is sent; one sent before has arrived, or arrives soon. Calling it again does no harm. */
    private synchronized void end() {
        running = false;
    }

    /** Waits for the stop that was sent to this thread and has not arrived yet: it is thrown out of here. */
    private static void awaitStop() {
        long until = System.nanoTime() + STOP_ARRIVAL.toNanos();
        while (System.nanoTime() - until < 0) {
            LockSupport.parkNanos(1_000_000);
        }
        log.error("A stop sent to thread {} did not arrive within {} s", Thread.currentThread().getName(), STOP_ARRIVAL.toSeconds());
    }

    /** Looked at by the watchdog: marks a run over its limits, and stops it when it has not halted after the grace period. */
    synchronized void check(long now, Duration grace) {
        if (!running || cannotStop) {
            return;
        }
        if (stopSent) {
            nudge();
        } else if (tripped == null) {
            if (now - deadline >= 0) {
                trip(RunLimitExceededException.Limit.TIME, now);
            } else if (allocatedAtStart >= 0 && Allocations.of(thread) - allocatedAtStart > limits.maxRunMemory().toBytes()) {
                trip(RunLimitExceededException.Limit.MEMORY, now);
            }
        } else if (now - trippedAt >= grace.toNanos()) {
            stop();
        }
    }

    private void trip(RunLimitExceededException.Limit limit, long now) {
        trippedAt = now;
        tripped = limit;
    }

    /**
     * A stop is thrown when the thread next passes a safepoint with its poll armed, or calls into the runtime.
     * Code that does neither (a regular expression backtracking in compiled code allocates nothing) would get
     * it only at the next garbage collection, minutes later; taking the thread's stack arms its poll.
     */
    private void nudge() {
        thread.getStackTrace();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void stop() {
        try {
            thread.stop();
            stopSent = true;
            nudge();
            log.warn("Stopped a rule run in thread {}: it was over its {} limit and did not come to a rule firing to halt at",
                    thread.getName(), tripped == RunLimitExceededException.Limit.TIME ? "time" : "memory");
        } catch (UnsupportedOperationException e) {
            cannotStop = true;
            log.error("A rule run in thread {} is over its {} limit and cannot be stopped on this Java version ({}); it keeps "
                    + "running until it ends by itself. Run the service on Java 17, or remove the rule.", thread.getName(),
                    tripped == RunLimitExceededException.Limit.TIME ? "time" : "memory", Runtime.version());
        }
    }
}
