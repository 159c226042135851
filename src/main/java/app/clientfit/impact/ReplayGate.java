package app.clientfit.impact;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * One replay at a time in this service: a replay reads a whole window of the audit and keeps every processor busy,
 * so a second one is told to wait rather than halving both.
 */
@Component
class ReplayGate {

    private final Semaphore one = new Semaphore(1);
    private final AtomicReference<ReplayTicket> running = new AtomicReference<>();
    private final Clock clock;

    ReplayGate(Clock clock) {
        this.clock = clock;
    }

    /** @throws org.springframework.web.ErrorResponseException too many requests, naming the replay that runs */
    void enter(ReplayTicket ticket) {
        if (!one.tryAcquire()) {
            ReplayTicket other = running.get();
            throw ImpactProblems.busy(other == null ? "another replay is starting" : other.describe());
        }
        started(ticket);
    }

    /** Waits for the running replay to end, for a replay nobody waits for (the one after an activation). */
    void await(ReplayTicket ticket) throws InterruptedException {
        one.acquire();
        started(ticket);
    }

    void leave(ReplayTicket ticket) {
        if (running.compareAndSet(ticket, null)) {
            one.release();
        }
    }

    /** @return what was cancelled, if a replay was running */
    Optional<String> cancelRunning() {
        ReplayTicket ticket = running.get();
        if (ticket == null) {
            return Optional.empty();
        }
        ticket.cancel();
        return Optional.of(ticket.describe());
    }

    private void started(ReplayTicket ticket) {
        ticket.started(clock.instant());
        running.set(ticket);
    }
}
