package app.clientfit.audit;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Callers posting evaluations to a service process as fast as it answers, each remembering every answer: its
 * status, the evaluation id of a 200, how long it took and when it came. Status 0 means no answer at all.
 */
final class EvaluationLoad implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"evaluationId\":\"([0-9a-f-]{36})\"");

    record Answer(String clientId, int status, String evaluationId, String retryAfter, String type, long sentNanos, long answeredNanos) {

        Duration took() {
            return Duration.ofNanos(answeredNanos - sentNanos);
        }
    }

    /** What was answered against what is stored, counted by client id (one evaluation each). */
    record Tally(Map<Integer, Long> byStatus, Duration longest, long lost, long duplicated, long storedFor503) {

        @Override
        public String toString() {
            return "answers by status " + byStatus + " (0: no answer), longest answer " + longest.toMillis() + " ms, acknowledged but lost "
                    + lost + ", stored twice " + duplicated + ", stored although answered 503 " + storedFor503;
        }
    }

    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final ExecutorService callers;

    /** @param clientId the client id of a caller's n-th evaluation */
    EvaluationLoad(ServiceProcess service, int callerCount, BiFunction<Integer, Integer, String> clientId) {
        callers = Executors.newFixedThreadPool(callerCount);
        for (int c = 0; c < callerCount; c++) {
            int caller = c;
            callers.submit(() -> post(service, caller, clientId));
        }
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** Stops sending and waits for the answers still due. */
    @Override
    public void close() throws InterruptedException {
        loading.set(false);
        callers.shutdown();
        if (!callers.awaitTermination(150, TimeUnit.SECONDS)) {
            callers.shutdownNow();
        }
    }

    Tally tally(Map<String, Integer> storedByClient) {
        List<Answer> all = answers();
        Map<Integer, Long> byStatus = new TreeMap<>(all.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting())));
        Duration longest = all.stream().map(Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
        long lost = all.stream().filter(a -> a.status() == 200 && storedByClient.getOrDefault(a.clientId(), 0) == 0).count();
        long duplicated = storedByClient.values().stream().filter(count -> count > 1).count();
        long storedFor503 = all.stream().filter(a -> a.status() == 503 && storedByClient.getOrDefault(a.clientId(), 0) > 0).count();
        return new Tally(byStatus, longest, lost, duplicated, storedFor503);
    }

    /** How many evaluations the database holds of each client. */
    static Map<String, Integer> storedByClient(Connection connection) throws SQLException {
        Map<String, Integer> stored = new HashMap<>();
        try (connection; Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select client_id, count(*) from evaluation group by client_id")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getInt(2));
            }
        }
        return stored;
    }

    private void post(ServiceProcess service, int caller, BiFunction<Integer, Integer, String> clientId) {
        for (int i = 0; loading.get(); i++) {
            String client = clientId.apply(caller, i);
            String body = "{\"clientId\":\"" + client + "\",\"stage\":\"ACTIVE\",\"name\":\"Jürgen Weiß\",\"invoicesTotal\":10,"
                    + "\"invoicesPaidLate\":" + (i % 10) + ",\"complaintsPerMonth\":" + (i % 5) + "}";
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = service.postJson("/api/evaluations", body);
                Matcher id = ID.matcher(response.body());
                Matcher type = Pattern.compile("\"type\":\"([^\"]+)\"").matcher(response.body());
                answers.add(new Answer(client, response.statusCode(), id.find() ? id.group(1) : null,
                        response.headers().firstValue("Retry-After").orElse(null), type.find() ? type.group(1) : null, sent, System.nanoTime()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception noAnswer) {
                answers.add(new Answer(client, 0, null, null, null, sent, System.nanoTime()));
            }
        }
    }
}
