package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import app.clientfit.spreadsheet.TestWorkbooks;

/**
 * Several clients evaluate without pause while the rule folder is changed 20 times, good and broken
 * changes alternating: no evaluation fails, each answer names a version that was active while it ran,
 * and no broken version ever answers.
 */
class RuleSetSwapUnderLoadTests extends ServedRuleFolder {

    private static final int CHANGES = 20;
    private static final int CLIENTS = 3;

    record Answer(int status, String version, long sent, long received) {
    }

    record Window(long from, long to) {
    }

    @Test
    void shouldNeverFailAnEvaluationNorShowItABrokenVersionWhileTheRulesChange() throws Exception {
        Path verdict = rules.resolve("verdict.drl");
        Path workbook = rules.resolve("payment-and-boundaries.xlsx");
        String goodVerdict = Files.readString(verdict);
        byte[] goodWorkbook = Files.readAllBytes(workbook);
        String current = awaitAttempt(RuleFolders.version(rules));
        assertThat(active.require().version()).isEqualTo(current);

        Map<String, List<Window>> windows = new HashMap<>();
        Set<String> broken = new HashSet<>();
        long since = System.nanoTime();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = startClients(answers, running);

        for (int change = 0; change < CHANGES; change++) {
            long written = System.nanoTime();
            if (change % 2 == 0) {
                goodVerdict = goodVerdict + "// change " + change + "\n";
                int points = -20 - change;
                goodWorkbook = TestWorkbooks.edit(goodWorkbook, wb -> TestWorkbooks.set(wb.getSheet("Payment"), "G11", points));
                RuleFolders.saveLikeAnEditor(workbook, goodWorkbook);
                RuleFolders.writeText(verdict, goodVerdict);
                String next = awaitAttempt(RuleFolders.version(rules));
                assertThat(active.lastAttempt()).map(ActiveRuleSet.Attempt::outcome).contains(ActiveRuleSet.AttemptResult.ACTIVATED);
                long observed = System.nanoTime();
                windows.computeIfAbsent(current, v -> new ArrayList<>()).add(new Window(since, observed));
                current = next;
                since = written;
            } else {
                breakSomething(change, verdict, goodVerdict, workbook, goodWorkbook);
                String attempted = awaitAttempt(RuleFolders.version(rules));
                broken.add(attempted);
                assertThat(active.lastAttempt()).map(ActiveRuleSet.Attempt::outcome).as("change %d", change)
                        .contains(ActiveRuleSet.AttemptResult.FAILED);
                assertThat(active.require().version()).isEqualTo(current);
            }
        }
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
        windows.computeIfAbsent(current, v -> new ArrayList<>()).add(new Window(since, System.nanoTime()));

        assertThat(answers).hasSizeGreaterThan(CHANGES * CLIENTS);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(200);
            assertThat(broken).doesNotContain(answer.version());
            assertThat(windows).containsKey(answer.version());
            assertThat(windows.get(answer.version())).as("version %s answered while it was active", answer.version())
                    .anyMatch(window -> window.from() <= answer.received() && answer.sent() <= window.to());
        });
        assertThat(answers.stream().map(Answer::version).distinct()).as("versions that answered").hasSizeGreaterThan(1);
    }

    /** A syntax error, text in a number cell, or a threshold that makes a persona test fail. */
    private static void breakSomething(int change, Path verdict, String goodVerdict, Path workbook, byte[] goodWorkbook) {
        switch (change % 3) {
            case 0 -> RuleFolders.writeText(verdict, goodVerdict + "rule \"Broken\" when Client( then end\n");
            case 1 -> RuleFolders.saveLikeAnEditor(workbook, TestWorkbooks.edit(goodWorkbook,
                    wb -> TestWorkbooks.set(wb.getSheet("Payment"), "D11", "thirty")));
            default -> RuleFolders.saveLikeAnEditor(workbook, TestWorkbooks.edit(goodWorkbook,
                    wb -> TestWorkbooks.set(wb.getSheet("Boundaries"), "B10", 20)));
        }
    }

    private String awaitAttempt(String version) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> active.lastAttempt().map(a -> version.equals(a.version())).orElse(false));
        return version;
    }

    private List<Thread> startClients(ConcurrentLinkedQueue<Answer> answers, AtomicBoolean running) throws IOException {
        List<String> personas = personas();
        TestRestTemplate coach = http.withBasicAuth("coach", "coach-demo");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            Thread client = new Thread(() -> {
                for (int i = offset; running.get(); i++) {
                    long sent = System.nanoTime();
                    ResponseEntity<JsonNode> response = coach.postForEntity("/api/evaluations",
                            new HttpEntity<>(personas.get(i % personas.size()), headers), JsonNode.class);
                    JsonNode version = response.getBody() == null ? null : response.getBody().get("rulesetVersion");
                    answers.add(new Answer(response.getStatusCode().value(), version == null ? null : version.asText(), sent, System.nanoTime()));
                }
            }, "client-" + c);
            client.start();
            clients.add(client);
        }
        return clients;
    }

    private static List<String> personas() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
