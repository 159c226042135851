package app.clientfit.impact;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import app.clientfit.rules.ActivationImpact;
import app.clientfit.rules.ActivationImpacts;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetActivated;

/**
 * After a new version is activated (the watched folder changed, or a reload), replays the stored decisions on it
 * against the version before, in the background: the activation only hands the work over and never waits for it.
 * A newer activation cancels the replay of the one before. The first activation of a run has nothing to compare.
 */
@Component
class ActivationImpactWatcher implements ActivationImpacts, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ActivationImpactWatcher.class);

    private final ReplayRunner runner;
    private final ReplayGate gate;
    private final ImpactService impact;
    private final ImpactProperties properties;
    private final Clock clock;
    private final AtomicReference<RuleSet> serving = new AtomicReference<>();
    private final AtomicReference<ReplayTicket> pending = new AtomicReference<>();
    private final AtomicReference<ActivationImpact> latest = new AtomicReference<>();
    private final ExecutorService background;

    ActivationImpactWatcher(ReplayRunner runner, ReplayGate gate, ImpactService impact, ImpactProperties properties, Clock clock) {
        this.runner = runner;
        this.gate = gate;
        this.impact = impact;
        this.properties = properties;
        this.clock = clock;
        CustomizableThreadFactory names = new CustomizableThreadFactory("impact-after-activation-");
        names.setDaemon(true);
        this.background = Executors.newSingleThreadExecutor(names);
    }

    @EventListener
    void onActivated(RuleSetActivated event) {
        RuleSet activated = event.ruleSet();
        RuleSet previous = serving.getAndSet(activated);
        if (!properties.afterActivation() || previous == null || previous.version().equals(activated.version())) {
            return;
        }
        ReplayTicket ticket = new ReplayTicket("the replay of version " + activated.version() + " after its activation");
        ReplayTicket superseded = pending.getAndSet(ticket);
        if (superseded != null) {
            superseded.cancel();
        }
        ActivationImpact running = new ActivationImpact(activated.version(), previous.version(), "RUNNING", null, null, null,
                clock.instant(), null);
        latest.set(running);
        background.execute(() -> measure(previous, activated, ticket, running));
    }

    @Override
    public Optional<ActivationImpact> of(String version) {
        return Optional.ofNullable(latest.get()).filter(impact -> impact.version().equals(version));
    }

    private void measure(RuleSet previous, RuleSet activated, ReplayTicket ticket, ActivationImpact started) {
        try {
            gate.await(ticket);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            ImpactService.Window window = impact.window(null, null);
            ImpactTally tally = runner.run(previous, activated, window.from(), window.to(), ticket, new ImpactTally(client -> {
            }));
            log.info("Rule set {} would have changed the verdict of {} of {} client(s) decided on {} {} (replayed after its activation)",
                    activated.version(), tally.changed(), tally.replayed(), previous.version(), tally.transitions());
            finish(started, "DONE", tally);
        } catch (ReplayTicket.ReplayCancelledException e) {
            finish(started, "CANCELLED", null);
        } catch (RuntimeException e) {
            log.warn("The replay of rule set {} after its activation failed; the version serves all the same", activated.version(), e);
            finish(started, "FAILED", null);
        } finally {
            gate.leave(ticket);
            pending.compareAndSet(ticket, null);
        }
    }

    private void finish(ActivationImpact started, String state, ImpactTally tally) {
        ActivationImpact done = new ActivationImpact(started.version(), started.previousVersion(), state,
                tally == null ? null : tally.replayed(), tally == null ? null : tally.changed(),
                tally == null ? Map.of() : tally.transitions(), started.startedAt(), clock.instant());
        latest.compareAndSet(started, done);
    }

    @Override
    public void destroy() {
        Optional.ofNullable(pending.get()).ifPresent(ReplayTicket::cancel);
        background.shutdownNow();
    }
}
