package app.clientfit.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.RuleSet;

/** Evaluates posted facts on the active rule set, gives the answer an id and a time, and has it recorded before answering. */
@Service
public class EvaluationService {

    private final ActiveRuleSet active;
    private final Evaluator evaluator;
    private final Clock clock;
    private final List<EvaluationRecorder> recorders;

    EvaluationService(ActiveRuleSet active, Evaluator evaluator, Clock clock, ObjectProvider<EvaluationRecorder> recorders) {
        this.active = active;
        this.evaluator = evaluator;
        this.clock = clock;
        this.recorders = recorders.orderedStream().toList();
    }

    public EvaluationResponse evaluate(Submission submission) {
        return evaluate(submission, active.require());
    }

    /** On the rule set given, for a caller that needs the very rule set the answer was decided on. */
    public EvaluationResponse evaluate(Submission submission, RuleSet ruleSet) {
        return evaluateAndRender(submission, ruleSet, Function.identity());
    }

    /**
     * Evaluates on the active rule set and renders the answer (into the bytes of an HTTP answer, say) before the
     * recorders run; returns the rendering once they have recorded it. Rendering first makes the wait for the audit's
     * commit cheaper: once a thread wakes from it, its request's objects are no longer in the processor's caches.
     */
    public <T> T evaluateAndRender(Submission submission, Function<EvaluationResponse, T> render) {
        return evaluateAndRender(submission, active.require(), render);
    }

    private <T> T evaluateAndRender(Submission submission, RuleSet ruleSet, Function<EvaluationResponse, T> render) {
        EvaluationRequest request = submission.request();
        long started = System.nanoTime();
        Outcome outcome = evaluator.evaluate(ClientMapper.toClient(request), ruleSet);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        // Microseconds: the precision every supported database keeps, so the stored time is the answered one.
        EvaluationResponse response = EvaluationResponse.of(TimeOrderedIds.next().toString(), request.clientId(), outcome,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        T rendered = render.apply(response);
        CompletedEvaluation evaluation = new CompletedEvaluation(submission, ruleSet, response, took);
        recorders.forEach(recorder -> recorder.record(evaluation));
        return rendered;
    }
}
