package app.clientfit.impact;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.audit.AuditService;
import app.clientfit.evaluation.Evaluator;
import app.clientfit.rules.RuleSet;

/**
 * Replays the latest stored evaluation of every client in a window: the records come from a database cursor on the
 * calling thread, are evaluated on a few threads, and are counted back on the calling thread in the cursor's order.
 * At most a fixed number of records is in flight, so the memory a replay needs does not grow with the window.
 */
@Component
class ReplayRunner {

    private static final int IN_FLIGHT_PER_THREAD = 64;

    private final AuditService audit;
    private final Evaluator evaluator;
    private final ObjectMapper json;
    private final int threads;

    ReplayRunner(AuditService audit, Evaluator evaluator, ObjectMapper json, ImpactProperties properties) {
        this.audit = audit;
        this.evaluator = evaluator;
        this.json = json;
        this.threads = properties.evaluatingThreads();
    }

    /** @throws ReplayTicket.ReplayCancelledException when the ticket was cancelled before the end */
    ImpactTally run(RuleSet base, RuleSet candidate, Instant from, Instant to, ReplayTicket ticket, ImpactTally tally) {
        ClientReplay replay = new ClientReplay(evaluator, json, base, candidate);
        CustomizableThreadFactory names = new CustomizableThreadFactory("impact-replay-");
        names.setDaemon(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads, names);
        Deque<Future<Comparison>> inFlight = new ArrayDeque<>();
        try {
            audit.forEachLatestPerClient(from, to, stored -> {
                ticket.read();
                inFlight.add(pool.submit(() -> replay.compare(stored)));
                if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    tally.add(next(inFlight));
                }
            });
            while (!inFlight.isEmpty()) {
                tally.add(next(inFlight));
            }
            if (ticket.cancelled()) {
                throw new ReplayTicket.ReplayCancelledException();
            }
            return tally;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Comparison next(Deque<Future<Comparison>> inFlight) {
        try {
            return inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayTicket.ReplayCancelledException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a replayed evaluation failed", e.getCause());
        }
    }
}
