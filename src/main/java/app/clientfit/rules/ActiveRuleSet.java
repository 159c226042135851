package app.clientfit.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.stereotype.Component;

import app.clientfit.rules.problem.RuleProblem;

/**
 * The rule set that serves evaluations, swapped as a single reference: an evaluation that took it
 * runs entirely on that version. Also remembers the last attempt to change it, the last that failed, and the files
 * the last attempt did not read.
 */
@Component
public class ActiveRuleSet implements ApplicationEventPublisherAware {

    /**
     * A candidate that was not activated: when, and why.
     *
     * @param version the content hash of the files that were tried; null when they could not be read
     * @param files   the files that were tried, with their hashes
     */
    public record Failure(Instant at, List<RuleProblem> problems, String version, List<FileHash> files) {

        public Failure(Instant at, List<RuleProblem> problems) {
            this(at, problems, null, List.of());
        }
    }

    /** What became of an attempt to change the rule set. */
    public enum AttemptResult { ACTIVATED, UNCHANGED, FAILED }

    /** The last attempt: when, which content (version), and what became of it. */
    public record Attempt(Instant at, String version, AttemptResult outcome) {
    }

    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
    private final AtomicReference<Attempt> lastAttempt = new AtomicReference<>();
    private final AtomicReference<List<SkippedFile>> skipped = new AtomicReference<>(List.of());
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

    void recordAttempt(Attempt attempt) {
        lastAttempt.set(attempt);
    }

    void recordSkipped(List<SkippedFile> files) {
        skipped.set(List.copyOf(files));
    }

    /** The files of the rule folder that the last build did not read, and why. */
    public List<SkippedFile> skipped() {
        return skipped.get();
    }

    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    public Optional<Attempt> lastAttempt() {
        return Optional.ofNullable(lastAttempt.get());
    }
}
