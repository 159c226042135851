package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.EvaluatorWorkbookTestRunner;

/** Nothing that goes wrong in a build ends the watching of the rule folder. */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RuleFolderWatcherTests {

    @TempDir
    Path parent;

    @Test
    void shouldLogAnErrorInABuildWithItsCauseAndActivateTheChangeWhenTriedAgain(CapturedOutput output) {
        Path rules = RuleFolders.copyOfShipped(parent);
        RulesProperties properties = new RulesProperties(rules, true, Duration.ofMillis(100));
        ActiveRuleSet active = new ActiveRuleSet();
        AtomicInteger looks = new AtomicInteger();
        RuleSetCandidates candidates = new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), Clock.systemUTC());
        RuleSetLoader failingOnce = new RuleSetLoader(properties, candidates, active, new InMemoryRuleSetHistory(), Clock.systemUTC()) {
            @Override
            public FolderCheck reloadIfChanged() {
                if (looks.incrementAndGet() == 1) {
                    throw new OutOfMemoryError("the first build found no memory left");
                }
                return super.reloadIfChanged();
            }
        };
        failingOnce.reload();
        RuleFolderWatcher watcher = new RuleFolderWatcher(properties, failingOnce, Clock.systemUTC());
        watcher.start();
        try {
            RuleFolders.setCell(rules.resolve("payment-and-boundaries.xlsx"), "Payment", "G11", -25);
            String changed = RuleFolders.version(rules);

            await().atMost(Duration.ofSeconds(60)).until(() -> active.require().version().equals(changed));

            assertThat(looks.get()).isGreaterThanOrEqualTo(2);
            assertThat(output).contains("Building the changed rule files failed unexpectedly; the active rule set keeps serving; trying once more",
                    "java.lang.OutOfMemoryError: the first build found no memory left");
            assertThat(watcher.isRunning()).isTrue();
        } finally {
            watcher.stop();
        }
    }
}
