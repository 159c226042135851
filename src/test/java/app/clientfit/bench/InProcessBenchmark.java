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
import app.clientfit.evaluation.InProcessEvaluation;
import app.clientfit.facts.Client;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSetCompiler;

/**
 * One client evaluated on the shipped rulebook, three ways (bench/run runs it with JMH): the
 * hand-written plain-Java limit, a bare stateless Drools session, and ClientFit's own evaluation path
 * (request to facts, session with the firing recorder, findings with their places, the response).
 * Each call takes the next of the eight personas.
 */
@State(Scope.Thread)
public class InProcessBenchmark {

    private static final Path RULES = Path.of("rules");

    private List<Client> clients;
    private List<EvaluationRequest> requests;
    private PlainJavaRulebook plainJava;
    private KieBase kieBase;
    private EvaluationService clientFit;
    private int next;

    @Setup
    public void setUp() {
        clients = Personas.clients();
        requests = Personas.requests();
        plainJava = new PlainJavaRulebook();
        kieBase = new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(RULES).read()).kieBase();
        clientFit = InProcessEvaluation.on(RULES);
    }

    private int nextPersona() {
        next = next == clients.size() - 1 ? 0 : next + 1;
        return next;
    }

    @Benchmark
    public PlainJavaRulebook.Decision plainJava() {
        return plainJava.decide(clients.get(nextPersona()));
    }

    @Benchmark
    public void rawDrools() {
        kieBase.newStatelessKieSession().execute(clients.get(nextPersona()));
    }

    @Benchmark
    public EvaluationResponse clientFit() {
        return clientFit.evaluate(requests.get(nextPersona()));
    }
}
