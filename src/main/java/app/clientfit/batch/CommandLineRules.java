package app.clientfit.batch;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import app.clientfit.evaluation.ClientMapper;
import app.clientfit.evaluation.EvaluationLimits;
import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.EvaluatorWorkbookTestRunner;
import app.clientfit.evaluation.Outcome;
import app.clientfit.evaluation.Submission;
import app.clientfit.rules.Candidate;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCandidates;

/**
 * What the command line needs of the service and nothing more: the rule folder built and tested as the service builds
 * it, and rows checked and evaluated as the service does, with no server, no database and nothing stored.
 */
final class CommandLineRules implements AutoCloseable {

    private final Evaluator evaluator = new Evaluator();
    private final AnnotationConfigApplicationContext validation = new AnnotationConfigApplicationContext();
    private final RowSubmissions submissions;

    CommandLineRules() {
        // The checks of a posted client take their limits by injection; their defaults are the service's defaults.
        EvaluationLimits limits = new Binder(new MapConfigurationPropertySource()).bindOrCreate("clientfit.evaluation", EvaluationLimits.class);
        validation.registerBean(EvaluationLimits.class, () -> limits);
        validation.registerBean(LocalValidatorFactoryBean.class);
        validation.refresh();
        submissions = new RowSubmissions(Jackson2ObjectMapperBuilder.json().build(), validation.getBean(LocalValidatorFactoryBean.class));
    }

    Candidate build(Path folder) {
        return new RuleSetCandidates(new EvaluatorWorkbookTestRunner(evaluator), Clock.systemUTC()).build(new RuleFolder(folder).read());
    }

    RowResult evaluate(ListHeader header, SourceRow row, RuleSet ruleSet) {
        try {
            Submission submission = submissions.of(header, row, null, null, null);
            Outcome outcome = evaluator.evaluate(ClientMapper.toClient(submission.request()), ruleSet);
            return RowResult.evaluated(outcome.verdict(), outcome.score(), outcome.findings(),
                    outcome.fired().stream().map(RuleDefinition::name).toList(), outcome.rulesetVersion(), null);
        } catch (RowSubmissions.RowRejectedException e) {
            return RowResult.error(e.getMessage());
        } catch (RuntimeException e) {
            return RowResult.error(e.getMessage());
        }
    }

    @Override
    public void close() {
        validation.close();
    }
}
