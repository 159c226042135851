package app.clientfit.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleFolders;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;

/** A coach changes a threshold cell in a workbook; the next build decides differently. No Java touched. */
class ThresholdChangeTests {

    @TempDir
    Path folder;

    @Test
    void shouldTurnTheWeekendCallerFromBadToGoodWhenTheAfterHoursThresholdIsRaised() {
        Path rules = RuleFolders.copyOfShipped(folder);
        Client weekendCaller = weekendCaller();
        assertThat(evaluate(rules, weekendCaller)).isEqualTo("BAD");

        RuleFolders.setCell(rules.resolve("payment-and-boundaries.xlsx"), "Boundaries", "B10", 20);

        assertThat(evaluate(rules, weekendCaller)).isEqualTo("GOOD");
    }

    private static String evaluate(Path rules, Client client) {
        RuleSet ruleSet = new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(rules).read());
        return new Evaluator().evaluate(client, ruleSet).verdict();
    }

    private static Client weekendCaller() {
        Client client = new Client();
        client.setClientId("weekend-caller");
        client.setStage(Stage.ACTIVE);
        client.setAfterHoursContactsPerMonth(12);
        client.setValuesExpertise(true);
        return client;
    }
}
