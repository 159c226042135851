package app.clientfit.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.stereotype.Component;

/**
 * The rule set that serves evaluations, swapped as a single reference: an evaluation that took it
 * runs entirely on that version. Also remembers the last attempt that failed.
 */
@Component
public class ActiveRuleSet implements ApplicationEventPublisherAware {

    /** A candidate that was not activated: when, and why. */
    public record Failure(Instant at, List<RuleProblem> problems) {
    }

    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
    private ApplicationEventPublisher events = event -> { };

    @Override
    public void setApplicationEventPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    public Optional<RuleSet> current() {
        return Optional.ofNullable(current.get());
    }

    /** The active rule set, or an exception that the web layer answers with 503. */
    public RuleSet require() {
        RuleSet ruleSet = current.get();
        if (ruleSet == null) {
            Failure failure = lastFailure.get();
            throw new NoActiveRuleSetException(failure == null ? List.of() : failure.problems());
        }
        return ruleSet;
    }

    void activate(RuleSet ruleSet) {
        current.set(ruleSet);
        events.publishEvent(new RuleSetActivated(ruleSet));
    }

    void recordFailure(Failure failure) {
        lastFailure.set(failure);
    }

    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }
}
