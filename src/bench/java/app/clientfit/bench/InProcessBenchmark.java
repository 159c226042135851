package app.clientfit.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.kie.api.KieBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import app.clientfit.evaluation.EvaluationRequest;
import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.evaluation.EvaluationService;
import app.clientfit.evaluation.Submission;
import app.clientfit.evaluation.InProcessEvaluation;
import app.clientfit.facts.Client;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSetCompiler;

/**
 * One client evaluated on the shipped rulebook, three ways (bench/run runs it with JMH): the
 * hand-written plain-Java limit, a bare stateless Drools session, and ClientFit's own evaluation path
 * (request to facts, session with the firing recorder, findings with their places, the response).
 * Each call takes the next of the eight personas. Each way has its own state, so a fork builds only
 * what it measures.
 */
public class InProcessBenchmark {

    private static final Path RULES = Path.of("rules");

    /** The personas in turn; the same cheap step for all three ways. */
    @State(Scope.Thread)
    public static class PersonaTurns {
        final List<Client> clients = Personas.clients();
        final List<EvaluationRequest> requests = Personas.requests();
        private int next;

        int next() {
            next = next == clients.size() - 1 ? 0 : next + 1;
            return next;
        }
    }

    @State(Scope.Thread)
    public static class PlainJava {
        final PlainJavaRulebook rulebook = new PlainJavaRulebook();
    }

    @State(Scope.Thread)
    public static class RawDrools {
        KieBase kieBase;

        @Setup
        public void setUp() {
            kieBase = new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(RULES).read()).kieBase();
        }
    }

    @State(Scope.Thread)
    public static class ClientFit {
        EvaluationService service;

        @Setup
        public void setUp() {
            service = InProcessEvaluation.on(RULES);
        }
    }

    @Benchmark
    public PlainJavaRulebook.Decision plainJava(PlainJava plain, PersonaTurns personas) {
        return plain.rulebook.decide(personas.clients.get(personas.next()));
    }

    @Benchmark
    public void rawDrools(RawDrools drools, PersonaTurns personas) {
        drools.kieBase.newStatelessKieSession().execute(personas.clients.get(personas.next()));
    }

    @Benchmark
    public EvaluationResponse clientFit(ClientFit clientFit, PersonaTurns personas) {
        return clientFit.service.evaluate(Submission.withoutHttp(personas.requests.get(personas.next())));
    }
}
