package app.clientfit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Client;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;

/**
 * Evaluation throughput against the size of a generated decision table (bench/run runs it with
 * JMH): the chronic late payer through ClientFit's evaluator, on a table where one row fires.
 */
@State(Scope.Thread)
public class DecisionTableSizeBenchmark {

    @Param({"10", "100", "1000", "10000"})
    public int rows;

    private RuleSet ruleSet;
    private Evaluator evaluator;
    private Client client;

    @Setup
    public void setUp() throws IOException {
        Path folder = GeneratedRulebook.write(Files.createTempDirectory("clientfit-bench-size-").resolve("rules"),
                Path.of("rules"), rows);
        ruleSet = new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(folder).read());
        evaluator = new Evaluator();
        client = Personas.chronicLatePayer();
    }

    @Benchmark
    public Outcome evaluate() {
        return evaluator.evaluate(client, ruleSet);
    }
}
