package app.clientfit.explanation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;

/** The rulebook shipped in rules/, compiled once, and its decisions explained as an answer with explain=true would be. */
final class ShippedRulebookExplained {

    private static final RuleSet RULE_SET = new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(Path.of("rules")).read());
    private static final InProcessExplanation EXPLAINED = new InProcessExplanation(RULE_SET);

    private ShippedRulebookExplained() {
    }

    static RuleSet ruleSet() {
        return RULE_SET;
    }

    /** Every rule but the verdict rules, which read only findings. */
    static List<String> rulesThatReadTheClient() {
        return RULE_SET.rules().stream().map(RuleDefinition::name).filter(name -> !name.startsWith("Verdict: ")).toList();
    }

    /** A client with only the required facts and those the test gives; everything else unknown. */
    static Explanation explain(Stage stage, Consumer<Client> facts) {
        Client client = new Client();
        client.setClientId("test-client");
        client.setStage(stage);
        facts.accept(client);
        return EXPLAINED.evaluateExplained(client);
    }

    static Explanation.NotFiredRule notFired(Explanation explanation, String rule) {
        return explanation.notFired().stream().filter(r -> r.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + rule + "' is not among the rules that did not fire: " + explanation.notFired()));
    }
}
