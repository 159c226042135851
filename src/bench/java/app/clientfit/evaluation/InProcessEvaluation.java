package app.clientfit.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.InMemoryRuleSetHistory;
import app.clientfit.rules.RuleSetCandidates;
import app.clientfit.rules.RuleSetLoader;
import app.clientfit.rules.RulesProperties;

/**
 * The service's own evaluation path without HTTP, wired by hand for the benchmark: the rule folder
 * loaded and activated as at start-up, and the same EvaluationService the controller calls.
 * Keep it in step with how the application wires EvaluationService; should the service ever store
 * what it evaluates itself, give it a store that does nothing here: storage is the HTTP figures' part.
 */
public final class InProcessEvaluation {

    private InProcessEvaluation() {
    }

    public static EvaluationService on(Path ruleFolder) {
        Clock clock = Clock.systemUTC();
        ActiveRuleSet active = new ActiveRuleSet();
        new RuleSetLoader(new RulesProperties(ruleFolder, false, Duration.ofMillis(500)),
                new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), clock), active,
                new InMemoryRuleSetHistory(), clock).reload();
        // no recorders: storage belongs to the HTTP figures
        return new EvaluationService(active, new Evaluator(), clock,
                new StaticListableBeanFactory().getBeanProvider(EvaluationRecorder.class));
    }
}
