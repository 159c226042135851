package app.clientfit.rulebook;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;

/** The rulebook shipped in rules/, compiled once for all tests that read it like a coach would. */
final class ShippedRulebook {

    static final Path FOLDER = Path.of("rules");
    private static final RuleSet RULE_SET = new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(FOLDER).read());
    private static final Evaluator EVALUATOR = new Evaluator();

    private ShippedRulebook() {
    }

    static RuleSet ruleSet() {
        return RULE_SET;
    }

    /** A client with only the required facts; everything else unknown until the test says it. */
    static Outcome evaluate(Stage stage, Consumer<Client> facts) {
        Client client = new Client();
        client.setClientId("test-client");
        client.setStage(stage);
        facts.accept(client);
        return EVALUATOR.evaluate(client, RULE_SET);
    }

    static List<String> firedRuleNames(Outcome outcome) {
        return outcome.fired().stream().map(RuleDefinition::name).toList();
    }

    static List<String> findingRuleNames(Outcome outcome) {
        return outcome.findings().stream().map(EvaluationResponse.FindingView::rule).toList();
    }

    static EvaluationResponse.FindingView finding(Outcome outcome, String rule) {
        return outcome.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding of rule '" + rule + "' in " + outcome.findings()));
    }
}
