package app.clientfit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.unit.DataSize;

import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;
import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetInvalidException;
import app.clientfit.rules.RuleSetCompiler;

/**
 * Every run of the rules stays within its limits: a rule that loops, grows a text without end or checks a
 * pattern that backtracks for hours is stopped, the message names the rule and where it lives, and the
 * rule set answers the next client as if nothing had happened. No timings are asserted: the bounds only
 * keep a broken test from hanging.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EvaluatorLimitsTests {

    private static final String HEADER = """
            package clientfit.rules;
            import app.clientfit.facts.Client;

            """;
    /** Catastrophic for java.util.regex on a name of 40 'a' and a '!': a bounded repetition is not memoised. */
    private static final String BACKTRACKING = "(.*a){20}$";
    private static final String CATASTROPHIC_NAME = "a".repeat(40) + "!";

    @Test
    void shouldStopARuleThatUpdatesItsOwnFactAtTheFiringLimitWithItsFileAndLine() {
        RuleSet ruleSet = compile("""
                rule "Loop"
                when
                    $c : Client()
                then
                    update($c);
                end
                """);

        RunLimitExceededException stopped = stop(new Evaluator(), client("loop"), ruleSet);

        assertThat(stopped.limit()).isEqualTo(RunLimitExceededException.Limit.FIRINGS);
        assertThat(stopped.rule()).isEqualTo(new RuleDefinition("clientfit.rules", "Loop", "rules/limits.drl", "line 4"));
        assertThat(stopped.limitText()).isEqualTo("10,000 rule firings");
        assertThat(stopped).hasMessage("the evaluation was stopped after 10,000 rule firings, the limit, because of the rule 'Loop' "
                + "(rules/limits.drl, line 4). A rule that changes a fact its own conditions match (update, modify) "
                + "fires again after every change: give it a condition that no longer holds once it has made its change.");
    }

    @Test
    void shouldStopAPatternThatBacktracksForHoursAtTheTimeLimitAndNameTheRuleWithThePattern() {
        RuleSet ruleSet = compile("""
                rule "Endless pattern"
                when
                    Client(name matches "%s")
                then
                end
                """.formatted(BACKTRACKING));

        Evaluator evaluator = withTimeLimit(Duration.ofMillis(200));

        for (int i = 0; i < 5; i++) { // a stop must arrive even where no collection of garbage brings a safepoint
            RunLimitExceededException stopped = stop(evaluator, named(CATASTROPHIC_NAME), ruleSet);

            assertThat(stopped.limit()).isEqualTo(RunLimitExceededException.Limit.TIME);
            assertThat(stopped.rule().name()).isEqualTo("Endless pattern");
            assertThat(stopped.getMessage()).startsWith("the evaluation was stopped after 0.2 s, the time limit, while the rules' "
                    + "conditions were being checked (no rule was firing); the likely cause is the 'matches' condition of the rule "
                    + "'Endless pattern' (rules/limits.drl, line 4)").contains("'matches' pattern");
        }
    }

    @Test
    void shouldAnswerCorrectlyAfterARunWasStoppedInTheMiddleOfAPattern() {
        RuleSet ruleSet = compile("""
                rule "Named"
                when
                    Client(name != null)
                then
                end

                rule "Endless pattern"
                when
                    Client(name matches "%s")
                then
                end
                """.formatted(BACKTRACKING));
        // Long enough for the matching names below (a tenth of a second on a quiet machine, more on a busy one),
        // far too short for the catastrophic one (hours).
        Evaluator evaluator = withTimeLimit(Duration.ofSeconds(3));
        stop(evaluator, named(CATASTROPHIC_NAME), ruleSet);

        for (int i = 0; i < 3; i++) {
            assertThat(fired(evaluator.evaluate(named("Bob"), ruleSet))).containsExactly("Named");
            assertThat(fired(evaluator.evaluate(named("a".repeat(25)), ruleSet))).containsExactlyInAnyOrder("Named", "Endless pattern");
        }
        assertThat(Thread.currentThread().isInterrupted()).as("the stop's interrupt is not left behind").isFalse();
    }

    @Test
    void shouldStopAJoinOfVeryManyFactsAtTheTimeLimitAndNameTheLastRuleThatFired() {
        RuleSet ruleSet = compile("""
                import app.clientfit.facts.Finding;

                rule "Many findings"
                when
                    $f : Finding(points < 1000)
                then
                    insert(new Finding("Many findings", "TEST", $f.getPoints() + 1, "one more"));
                end

                rule "Three findings that add up"
                    salience -1000
                when
                    $a : Finding()
                    $b : Finding()
                    Finding(points > $a.points + $b.points + 1000)
                then
                end

                rule "First finding"
                when
                    Client()
                then
                    insert(new Finding("First finding", "TEST", 0, "the first"));
                end
                """);

        RunLimitExceededException stopped = stop(withTimeLimit(Duration.ofMillis(500)), client("joins"), ruleSet);

        assertThat(stopped.limit()).isEqualTo(RunLimitExceededException.Limit.TIME);
        // Almost always the stop finds the join being matched; on a busy machine it may find 'Many findings' firing.
        assertThat(stopped).satisfiesAnyOf(
                stop -> assertThat(stop.getMessage()).contains(
                        "no rule was firing; the last one to fire was 'Many findings' (rules/limits.drl, line 6)"),
                stop -> assertThat(stop.getMessage()).contains("because of the rule 'Many findings' (rules/limits.drl, line 6)"));
    }

    @Test
    void shouldStopALongChainOfFiringsAtTheTimeLimitInTheRuleThatWasFiring() {
        RuleSet ruleSet = compile("""
                rule "Count up"
                when
                    $c : Client()
                then
                    update($c);
                end
                """);
        Client client = client("counter");

        RunLimitExceededException stopped = stop(new Evaluator(new RunLimits(100_000_000, Duration.ofMillis(200),
                DataSize.ofGigabytes(64))), client, ruleSet);

        assertThat(stopped.limit()).isEqualTo(RunLimitExceededException.Limit.TIME);
        assertThat(stopped.rule().name()).isEqualTo("Count up");
        assertThat(stopped.getMessage()).startsWith("the evaluation was stopped after 0.2 s, the time limit, because of the rule "
                + "'Count up' (rules/limits.drl, line 4).");
    }

    @Test
    void shouldStopARuleThatAllocatesWithoutEndAtTheMemoryLimit() {
        RuleSet ruleSet = compile("""
                rule "Grow"
                when
                    $f : app.clientfit.facts.Finding(points < 1000000)
                then
                    insert(new app.clientfit.facts.Finding("Grow", "TEST", $f.getPoints() + 1, $f.getReason().substring(1) + "x"));
                end

                rule "Seed"
                when
                    $c : Client()
                then
                    insert(new app.clientfit.facts.Finding("Seed", "TEST", 0, $c.getName()));
                end
                """);

        RunLimitExceededException stopped = stop(new Evaluator(new RunLimits(1_000_000, Duration.ofMinutes(5), DataSize.ofMegabytes(16))),
                named("x".repeat(9_000)), ruleSet);

        assertThat(stopped.limit()).isEqualTo(RunLimitExceededException.Limit.MEMORY);
        assertThat(stopped.rule().name()).isEqualTo("Grow");
        assertThat(stopped.getMessage()).startsWith("the evaluation was stopped after using 16 MB of memory, the limit, because of the rule "
                + "'Grow' (rules/limits.drl, line 4).");
    }

    @Test
    void shouldRefuseARuleThatAsksForMoreMemoryThanThereIsBeforeItCanRun() {
        assertThatThrownBy(() -> compile("""
                rule "Huge"
                when
                    $c : Client()
                then
                    String huge = "x".repeat(2147483647);
                end
                """)).isInstanceOfSatisfying(RuleSetInvalidException.class, refused -> assertThat(refused.problems())
                .anySatisfy(problem -> assertThat(problem.message()).contains("'String.repeat(...)' is not allowed")));
    }

    private static RunLimitExceededException stop(Evaluator evaluator, Client client, RuleSet ruleSet) {
        RunLimitExceededException stopped = catchThrowableOfType(RunLimitExceededException.class, () -> evaluator.evaluate(client, ruleSet));
        assertThat(stopped).as("the run was stopped").isNotNull();
        assertThat(stopped.rulesetVersion()).isEqualTo(ruleSet.version());
        return stopped;
    }

    private static Evaluator withTimeLimit(Duration maxRunTime) {
        return new Evaluator(new RunLimits(10_000, maxRunTime, DataSize.ofMegabytes(256)));
    }

    private static List<String> fired(Outcome outcome) {
        return outcome.fired().stream().map(RuleDefinition::name).toList();
    }

    static RuleSet compile(String rules) {
        return new RuleSetCompiler(Clock.systemUTC()).compile(List.of(RuleFile.of("rules/limits.drl",
                (HEADER + rules).getBytes(StandardCharsets.UTF_8))));
    }

    private static Client named(String name) {
        Client client = client("named");
        client.setName(name);
        return client;
    }

    private static Client client(String id) {
        Client client = new Client();
        client.setClientId(id);
        client.setStage(Stage.ACTIVE);
        return client;
    }
}
