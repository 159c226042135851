package app.clientfit.rules;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;

import app.clientfit.rules.problem.RuleProblem;

/**
 * Reads the rule folder, builds a candidate (compiled and tested) and, only when it is valid, swaps it
 * in. A failed attempt leaves the previous rule set serving and is remembered with its errors.
 * One build at a time: a reload on demand waits a while for a build that is going on, the watcher
 * never waits (it looks again later), so nothing queues up behind a build.
 */
@Service
public class RuleSetLoader implements ApplicationRunner {

    /** What checking the folder after a change led to. */
    public enum FolderCheck { UNCHANGED, STILL_CHANGING, ATTEMPTED, BUSY }

    /**
     * How long a reload on demand waits for a build that is going on. A build is bounded (compiling, and
     * tests whose every run is limited), so this is only reached when something is badly wrong.
     */
    static final Duration WAIT_FOR_BUILD = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(RuleSetLoader.class);

    private final RuleFolder folder;
    private final RuleSetCandidates candidates;
    private final ActiveRuleSet active;
    private final RuleSetHistory history;
    private final Clock clock;
    private final VersionRefusals refusals;
    private final ReentrantLock building = new ReentrantLock();

    public RuleSetLoader(RulesProperties properties, RuleSetCandidates candidates, ActiveRuleSet active, RuleSetHistory history,
                         Clock clock) {
        this(properties, candidates, active, history, clock, VersionRefusals.NONE);
    }

    @Autowired
    public RuleSetLoader(RulesProperties properties, RuleSetCandidates candidates, ActiveRuleSet active, RuleSetHistory history,
                         Clock clock, VersionRefusals refusals) {
        this.folder = new RuleFolder(properties.dir());
        this.candidates = candidates;
        this.active = active;
        this.history = history;
        this.clock = clock;
        this.refusals = refusals;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            reload();
        } catch (RuleSetInvalidException e) {
            log.error("No valid rule set at start-up; evaluations answer 503 until the rule files are fixed");
        }
    }

    /**
     * Compiles the rule folder now and activates it; throws with every problem when it is not valid, and
     * with {@link RuleSetBuildInProgressException} when another build did not end within {@link #WAIT_FOR_BUILD}.
     */
    public RuleSet reload() {
        try {
            if (!building.tryLock(WAIT_FOR_BUILD.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RuleSetBuildInProgressException(WAIT_FOR_BUILD);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleSetBuildInProgressException(WAIT_FOR_BUILD);
        }
        try {
            return reloadNow();
        } finally {
            building.unlock();
        }
    }

    private RuleSet reloadNow() {
        List<RuleFile> files;
        try {
            files = folder.read();
        } catch (UncheckedIOException e) {
            List<RuleProblem> problems = List.of(new RuleProblem("rules", null, e.getCause().getMessage()));
            fail(null, List.of(), problems);
            throw new RuleSetInvalidException(problems);
        }
        Candidate candidate = attempt(files, true);
        if (!candidate.valid()) {
            throw new RuleSetInvalidException(candidate.errors());
        }
        return active.require();
    }

    /**
     * Looks at the folder after it changed: builds only when the content differs from the last attempt,
     * and not while a file is still being written, nor while another build is going on ({@link FolderCheck#BUSY}).
     */
    public FolderCheck reloadIfChanged() {
        if (!building.tryLock()) {
            return FolderCheck.BUSY;
        }
        try {
            return checkNow();
        } finally {
            building.unlock();
        }
    }

    private FolderCheck checkNow() {
        List<String> before = folder.stamp();
        List<RuleFile> files;
        try {
            files = folder.read();
        } catch (UncheckedIOException e) {
            if (active.lastAttempt().map(a -> a.version() == null).orElse(false)) {
                return FolderCheck.UNCHANGED;
            }
            reloadQuietly();
            return FolderCheck.ATTEMPTED;
        }
        if (!before.equals(folder.stamp())) {
            return FolderCheck.STILL_CHANGING;
        }
        String version = RuleSetVersion.of(files);
        if (active.lastAttempt().map(a -> Objects.equals(a.version(), version)).orElse(false)) {
            return FolderCheck.UNCHANGED;
        }
        attempt(files, false);
        return FolderCheck.ATTEMPTED;
    }

    private void reloadQuietly() {
        try {
            reloadNow();
        } catch (RuleSetInvalidException e) {
            // recorded and logged as a failure
        }
    }

    /** @param onDemand a reload asked for (or the start): builds even a version another instance refused */
    private Candidate attempt(List<RuleFile> files, boolean onDemand) {
        Instant started = clock.instant();
        Optional<String> refusedElsewhere = onDemand ? Optional.empty() : refusals.refusedElsewhere(RuleSetVersion.of(files));
        Candidate candidate = refusedElsewhere.map(why -> Candidate.refused(files, new RuleProblem("rules", null, why)))
                .orElseGet(() -> candidates.build(files, folder.skipped()));
        active.recordSkipped(candidate.skipped());
        candidate.skipped().forEach(file -> log.warn("Not read: {}", file));
        if (!candidate.valid()) {
            fail(candidate.version(), files, candidate.errors());
            if (refusedElsewhere.isEmpty() && candidate.version() != null) {
                refusals.refused(candidate.version(), candidate.errors());
            }
            return candidate;
        }
        RuleSet ruleSet = candidate.ruleSet();
        if (active.current().map(current -> current.version().equals(ruleSet.version())).orElse(false)) {
            active.recordAttempt(new ActiveRuleSet.Attempt(clock.instant(), ruleSet.version(), ActiveRuleSet.AttemptResult.UNCHANGED));
            log.info("Rule set {} is unchanged", ruleSet.version());
            return candidate;
        }
        active.activate(ruleSet);
        if (onDemand) {
            refusals.accepted(ruleSet.version());
        }
        Instant activatedAt = clock.instant();
        active.recordAttempt(new ActiveRuleSet.Attempt(activatedAt, ruleSet.version(), ActiveRuleSet.AttemptResult.ACTIVATED));
        history.record(new ActivatedVersion(ruleSet.version(), activatedAt, FileHash.of(files), ruleSet.rules().size(),
                (int) candidate.testsPassed()));
        log.info("Activated rule set {} ({} rules, {} tests passed, {} files in {}) after {} ms", ruleSet.version(),
                ruleSet.rules().size(), candidate.testsPassed(), files.size(), folder.directory(),
                Duration.between(started, activatedAt).toMillis());
        ruleSet.warnings().forEach(warning -> log.warn("Rule set {}: {}", ruleSet.version(), warning));
        return candidate;
    }

    private void fail(String version, List<RuleFile> files, List<RuleProblem> problems) {
        Instant at = clock.instant();
        active.recordFailure(new ActiveRuleSet.Failure(at, problems, version, FileHash.of(files)));
        active.recordAttempt(new ActiveRuleSet.Attempt(at, version, ActiveRuleSet.AttemptResult.FAILED));
        log.error("Rule files{} not activated, {} problem(s); {}", version == null ? "" : " " + version, problems.size(),
                active.current().map(current -> "version " + current.version() + " keeps serving").orElse("no rule set is active"));
        problems.forEach(problem -> log.error("  {}", problem));
    }
}
