package app.clientfit.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import app.clientfit.facts.Client;
import app.clientfit.facts.Finding;
import app.clientfit.facts.Verdict;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RulesProperties;

/**
 * Runs one client through a rule set: a working memory from the rule set's pool and a recorder per call,
 * so concurrent evaluations share nothing but the rule set. Every run of the rules goes through here
 * (evaluations, the workbooks' tests), and every run is kept within the limits of {@link RunLimits}:
 * a run over a limit ends with a {@link RunLimitExceededException}.
 */
@Component
public class Evaluator {

    private static final Logger log = LoggerFactory.getLogger(Evaluator.class);

    private final RunLimits limits;
    private final RunWatchdog watchdog = RunWatchdog.shared();

    @Autowired
    public Evaluator(RulesProperties properties) {
        this(new RunLimits(properties.maxFirings(), properties.maxRunTime(), properties.maxRunMemory()));
    }

    public Evaluator(RunLimits limits) {
        this.limits = limits;
    }

    /** With the default limits. */
    public Evaluator() {
        this(RunLimits.defaults());
    }

    public Outcome evaluate(Client client, RuleSet ruleSet) {
        return outcome(run(List.of(client), ruleSet), ruleSet);
    }

    /** Runs the rules on these facts, within the same limits, and tells which rules fired, in order. */
    public List<RuleDefinition> fire(List<?> facts, RuleSet ruleSet) {
        return List.copyOf(run(facts, ruleSet).fired());
    }

    private FiringRecorder run(List<?> facts, RuleSet ruleSet) {
        FiringRecorder recorder = new FiringRecorder(ruleSet);
        KieSession session = ruleSet.borrowSession();
        RunWatch watch = watchdog.ofCurrentThread();
        RunLimiter limiter = new RunLimiter(limits, watch);
        Throwable failure = watch.run(limits, () -> {
            session.addEventListener(limiter.agenda);
            session.addEventListener(limiter.runtime);
            session.addEventListener(recorder.agenda);
            session.addEventListener(recorder.runtime);
            facts.forEach(session::insert);
            if (!limiter.halted()) {
                session.fireAllRules();
            }
        });
        if (failure == null) {
            ruleSet.giveBack(session);
            if (limiter.halted()) {
                throw limiter.exceeded(ruleSet);
            }
            return recorder;
        }
        if (failure instanceof RuntimeException exception) {
            ruleSet.giveBack(session); // the engine ends a run whose rule threw as cleanly as a halted one
            throw exception;
        }
        ruleSet.discard(session);
        if (failure instanceof ThreadDeath && watch.stopSent()) {
            throw limiter.stopped(watch.tripped(), ruleSet);
        }
        if (failure instanceof OutOfMemoryError) {
            throw limiter.outOfMemory(ruleSet);
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }

    private static Outcome outcome(FiringRecorder recorder, RuleSet ruleSet) {
        List<EvaluationResponse.FindingView> findings = new ArrayList<>(recorder.findings().size());
        int score = 0;
        for (FiringRecorder.InsertedFinding inserted : recorder.findings()) {
            EvaluationResponse.FindingView finding = toResult(inserted);
            findings.add(finding);
            score += finding.points();
        }
        Verdict verdict = decided(recorder.verdicts(), ruleSet);
        return new Outcome(verdict.getValue().name(), verdict.getBecause(), score, Collections.unmodifiableList(findings),
                List.copyOf(recorder.fired()), ruleSet.version());
    }

    private static Verdict decided(List<Verdict> verdicts, RuleSet ruleSet) {
        if (verdicts.isEmpty()) {
            log.warn("Rule set {} gave no verdict; answering REVIEW. Does the rule folder still hold the verdict rules?", ruleSet.version());
            return new Verdict(Verdict.REVIEW, "no verdict rule matched");
        }
        return verdicts.get(0);
    }

    private static EvaluationResponse.FindingView toResult(FiringRecorder.InsertedFinding inserted) {
        Finding finding = inserted.finding();
        RuleDefinition rule = inserted.rule();
        return new EvaluationResponse.FindingView(finding.getRule(), finding.getCategory(), finding.getPoints(), finding.getReason(),
                rule == null ? null : rule.source(), rule == null ? null : rule.location(), finding.getWaivedBy());
    }
}
