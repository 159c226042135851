package app.clientfit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.Outcome;
import app.clientfit.facts.Client;
import app.clientfit.facts.Finding;
import app.clientfit.facts.Stage;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;

/**
 * The benchmark's plain-Java rulebook decides exactly as the shipped rules do: same verdict, score
 * and findings (rule, category, points, reason, waiver), for every persona and for generated clients.
 * When this fails after a rule file changed, change PlainJavaRulebook the same way.
 */
class PlainJavaRulebookTests {

    private static final RuleSet SHIPPED = new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(Path.of("rules")).read());
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @MethodSource("personas")
    void shouldDecideEveryPersonaAsTheShippedRulesDo(String persona, Client client) {
        assertSameDecision(client);
    }

    @ParameterizedTest(name = "generated client {index}")
    @MethodSource("generatedClients")
    void shouldDecideGeneratedClientsAsTheShippedRulesDo(Client client) {
        assertSameDecision(client);
    }

    private static void assertSameDecision(Client client) {
        Outcome rules = new Evaluator().evaluate(client, SHIPPED);
        PlainJavaRulebook.Decision plain = new PlainJavaRulebook().decide(client);

        assertThat(plain.verdict()).isEqualTo(rules.verdict());
        assertThat(plain.score()).isEqualTo(rules.score());
        assertThat(plain.findings().stream().map(PlainJavaRulebookTests::describe))
                .containsExactlyInAnyOrderElementsOf(rules.findings().stream().map(PlainJavaRulebookTests::describe).toList());
    }

    private static String describe(Finding f) {
        return String.join(" | ", f.getRule(), f.getCategory(), String.valueOf(f.getPoints()), f.getReason(), String.valueOf(f.getWaivedBy()));
    }

    private static String describe(EvaluationResponse.FindingView f) {
        return String.join(" | ", f.rule(), f.category(), String.valueOf(f.points()), f.reason(), String.valueOf(f.waivedBy()));
    }

    static Stream<Object[]> personas() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(json).isNotEmpty();
            return json.stream().map(f -> new Object[] {f.getFileName().toString(), read(f)});
        }
    }

    /** Random but repeatable clients around every threshold, with unknown facts mixed in. */
    static Stream<Client> generatedClients() {
        Random random = new Random(20261123L);
        return IntStream.range(0, 60).mapToObj(i -> generated(random, i));
    }

    private static Client generated(Random random, int index) {
        Client c = new Client();
        c.setClientId("generated-" + index);
        c.setStage(random.nextBoolean() ? Stage.ACTIVE : Stage.PROSPECT);
        Integer total = count(random, 12);
        c.setInvoicesTotal(total);
        c.setInvoicesPaidLate(total == null || random.nextInt(4) == 0 ? null : random.nextInt(total + 1));
        c.setAverageDaysLate(random.nextInt(3) == 0 ? null : random.nextInt(80) / 2.0);
        c.setPaymentRemindersSent(count(random, 6));
        c.setAfterHoursContactsPerMonth(count(random, 8));
        c.setComplaintsPerMonth(count(random, 5));
        c.setBrokenAgreements(count(random, 5));
        c.setCancellationDisputes(count(random, 4));
        c.setReferralsGiven(count(random, 3));
        c.setBadmouthsPreviousProvider(flag(random));
        c.setInterruptsConstantly(flag(random));
        c.setRespectsTime(flag(random));
        c.setCanStateOffer(flag(random));
        c.setKnowsNumbers(flag(random));
        c.setWillingToLearn(flag(random));
        c.setNeedsConvincing(flag(random));
        c.setValuesExpertise(flag(random));
        c.setSharedValues(flag(random));
        c.setGivesConstructiveFeedback(flag(random));
        c.setHighExpectations(flag(random));
        c.setChaotic(flag(random));
        if (random.nextBoolean()) {
            c.setAttributes(Map.of("monthlyBudget", random.nextInt(1000)));
        }
        return c;
    }

    private static Integer count(Random random, int max) {
        return random.nextInt(3) == 0 ? null : random.nextInt(max + 1);
    }

    private static Boolean flag(Random random) {
        int roll = random.nextInt(3);
        return roll == 0 ? null : roll == 1;
    }

    private static Client read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Client.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
