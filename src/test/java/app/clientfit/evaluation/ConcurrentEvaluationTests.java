package app.clientfit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;

/** One shared rule set, many threads: each evaluation sees only its own client's findings. */
class ConcurrentEvaluationTests {

    @Test
    void shouldKeepEvaluationsApartUnderConcurrency() throws Exception {
        RuleSet ruleSet = new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(Path.of("rules")).read());
        Evaluator evaluator = new Evaluator();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int complaints = i % 7;
                results.add(pool.submit(() -> {
                    Outcome outcome = evaluator.evaluate(client(complaints), ruleSet);
                    boolean nagger = complaints >= 3;
                    return outcome.verdict().equals(nagger ? "BAD" : "REVIEW")
                            && outcome.findings().size() == (nagger ? 1 : 0)
                            && outcome.fired().size() == (nagger ? 2 : 1);
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Client client(int complaints) {
        Client client = new Client();
        client.setClientId("c-" + complaints);
        client.setStage(Stage.ACTIVE);
        client.setComplaintsPerMonth(complaints);
        return client;
    }
}
