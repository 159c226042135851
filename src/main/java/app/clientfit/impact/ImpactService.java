package app.clientfit.impact;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import app.clientfit.audit.AuditService;
import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.Candidate;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;
import app.clientfit.rules.RuleSetValidator;
import app.clientfit.rules.problem.RuleProblem;

/**
 * Whose verdict a candidate rule set would change, before it serves: the candidate is built as validate builds it,
 * then the latest stored evaluation of every client in the window is replayed on it. Nothing is activated.
 */
@Service
public class ImpactService {

    /** Which stored evaluations: those made in {@code [from, to)}. */
    public record Window(Instant from, Instant to) {
    }

    private static final Logger log = LoggerFactory.getLogger(ImpactService.class);

    private final RuleSetValidator validator;
    private final RuleSetCompiler compiler;
    private final ActiveRuleSet active;
    private final AuditService audit;
    private final ReplayGate gate;
    private final ReplayRunner runner;
    private final ImpactProperties properties;
    private final Clock clock;

    ImpactService(RuleSetValidator validator, ActiveRuleSet active, AuditService audit, ReplayGate gate, ReplayRunner runner,
                  ImpactProperties properties, Clock clock) {
        this.validator = validator;
        this.compiler = new RuleSetCompiler(clock);
        this.active = active;
        this.audit = audit;
        this.gate = gate;
        this.runner = runner;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param from inclusive, as the audit search reads it; null for the configured window before {@code to}
     * @param to   exclusive; null for now
     */
    public Window window(String from, String to) {
        AuditService.Selection range = audit.range(from, to);
        Instant end = range.to() != null ? range.to() : clock.instant();
        return new Window(range.from() != null ? range.from() : end.minus(properties.window()), end);
    }

    /** @param fileName the uploaded file's checked name, or null for the rule folder as it is on disk now */
    public ImpactReport measure(String fileName, byte[] content, Window window) {
        return measure(fileName, content, window, client -> {
        });
    }

    ImpactReport measure(String fileName, byte[] content, Window window, ImpactTally.ChangedClients everyChanged) {
        ReplayTicket ticket = new ReplayTicket("a replay of " + (fileName == null ? "the rule folder" : fileName));
        gate.enter(ticket);
        try {
            Candidate candidate = candidate(fileName, content);
            RuleSet base = active.current().orElse(null);
            RuleSet replayed = candidate.valid() ? candidate.ruleSet() : compiledDespiteFailedTests(candidate);
            if (replayed == null) {
                return report(base, candidate, window, null, new ImpactTally(everyChanged));
            }
            long started = System.nanoTime();
            ImpactTally tally = runner.run(base, replayed, window.from(), window.to(), ticket, new ImpactTally(everyChanged));
            log.info("Impact of {} on {}: {} of {} client(s) would change verdict {} (replayed in {} ms)", candidate.version(),
                    base == null ? "no active version" : base.version(), tally.changed(), tally.replayed(), tally.transitions(),
                    (System.nanoTime() - started) / 1_000_000);
            return report(base, candidate, window, replayed, tally);
        } catch (ReplayTicket.ReplayCancelledException e) {
            throw ImpactProblems.cancelled();
        } finally {
            gate.leave(ticket);
        }
    }

    /** @return what was cancelled */
    public String cancel() {
        return gate.cancelRunning().orElseThrow(ImpactProblems::noReplayRunning);
    }

    private Candidate candidate(String fileName, byte[] content) {
        if (fileName != null) {
            return validator.validate(fileName, content);
        }
        try {
            return validator.validateFolder();
        } catch (UncheckedIOException e) {
            return new Candidate(null, List.of(), null, List.of(), List.of(new RuleProblem("rules", null, e.getCause().getMessage())),
                    List.of(), List.of());
        }
    }

    /**
     * Failed workbook tests keep a candidate from being activated, but its rules compile, and which verdicts change is
     * what the coach needs next to the failed tests: such a candidate is replayed, and stays {@code valid: false}. One
     * whose tests could not run to their end (an error, a limit of a run) is not: it would fail the same way for clients.
     */
    private RuleSet compiledDespiteFailedTests(Candidate candidate) {
        boolean testsRanAndSomeFailed = candidate.tests().stream().anyMatch(test -> !test.passed())
                && candidate.tests().stream().allMatch(test -> test.actualVerdict() != null);
        if (!testsRanAndSomeFailed) {
            return null;
        }
        Candidate compiled = compiler.check(candidate.files());
        return compiled.valid() ? compiled.ruleSet() : null;
    }

    private static ImpactReport report(RuleSet base, Candidate candidate, Window window, RuleSet replayed, ImpactTally tally) {
        return new ImpactReport(base == null ? null : base.version(), candidate.version(), window.from(), window.to(), tally.replayed(),
                tally.changed(), tally.transitions(), tally.clients(), tally.otherwiseChanged(), tally.notReplayed(), tally.failures(),
                replayed == null ? List.of() : tally.neverFired(replayed), candidate.valid(), candidate.errors());
    }
}
