package app.clientfit.evaluation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import app.clientfit.facts.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts verdicts and fired rules and times the rules, for {@code /actuator/prometheus}. Runs after the
 * audit, so only evaluations that were stored and answered are counted. No client data in any tag.
 */
@Component
@Order(100)
class EvaluationMetrics implements EvaluationRecorder {

    private final MeterRegistry registry;
    private final Timer timer;
    private final Map<String, Counter> verdicts = new ConcurrentHashMap<>();
    private final Map<String, Counter> rules = new ConcurrentHashMap<>();

    EvaluationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.timer = Timer.builder("clientfit.evaluation").description("Time the rules took for one evaluation").register(registry);
        for (Verdict.Value verdict : Verdict.Value.values()) {
            verdictCounter(verdict.name());
        }
    }

    @Override
    public void record(CompletedEvaluation evaluation) {
        EvaluationResponse response = evaluation.response();
        timer.record(evaluation.took());
        verdictCounter(response.verdict()).increment();
        response.firedRules().forEach(rule -> rules.computeIfAbsent(rule.rule(), name -> Counter.builder("clientfit.rules.fired")
                .description("Times a rule fired").tag("rule", name).register(registry)).increment());
    }

    private Counter verdictCounter(String verdict) {
        return verdicts.computeIfAbsent(verdict, value -> Counter.builder("clientfit.evaluations")
                .description("Evaluations answered, by verdict").tag("verdict", value).register(registry));
    }
}
