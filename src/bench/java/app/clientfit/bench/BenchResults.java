package app.clientfit.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What one run of bench/run left in its output folder, read back and reduced to medians. */
final class BenchResults {

    /** The median of several samples, with their range. */
    record Sample(double median, double min, double max, int count) {
        static Sample of(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            double median = n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            return new Sample(median, n == 0 ? Double.NaN : sorted.get(0), n == 0 ? Double.NaN : sorted.get(n - 1), n);
        }
    }

    record Probe(int rows, long buildMillis, long firstEvaluationMillis, long heapBytes, int builds) {
        long activateMillis() {
            return buildMillis + firstEvaluationMillis;
        }
    }

    record Http(Sample throughput, Sample p50Ms, Sample p99Ms, long socketErrors) {
    }

    record Memory(double heapKiB, double rssKiB, double rssPeakKiB) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEY_VALUE = Pattern.compile("(\\w+)=(\\S+)");

    final Properties machine = new Properties();
    /** Every measured iteration of every round, by benchmark. */
    final Map<String, Sample> inProcess = new TreeMap<>();
    /** Bytes allocated per evaluation (JMH's gc profiler): unlike time, hardly disturbed by a busy machine. */
    final Map<String, Double> inProcessAllocation = new TreeMap<>();
    /** Round, then benchmark, then its median in that round. */
    private final Map<Integer, Map<String, Double>> rounds = new TreeMap<>();
    final Map<Integer, Sample> sizeThroughput = new TreeMap<>();
    final Map<Integer, Probe> probes = new TreeMap<>();
    /** Table sizes whose throughput was timed by the probe rather than JMH. */
    final Set<Integer> timedLoopRows = new TreeSet<>();
    final Map<String, Http> http = new TreeMap<>();
    final Map<String, JsonNode> openModel = new TreeMap<>();
    final Map<String, Memory> memory = new TreeMap<>();

    static BenchResults read(Path folder) throws IOException {
        BenchResults results = new BenchResults();
        try (Reader reader = Files.newBufferedReader(folder.resolve("machine.properties"))) {
            results.machine.load(reader);
        }
        results.readInProcess(folder);
        results.readJmh(folder.resolve("size-throughput.json"), node -> results.sizeThroughput, node -> node.path("params").path("rows").asInt());
        for (String line : lines(folder.resolve("size-probe.txt"))) {
            Map<String, String> v = keyValues(line);
            int rows = Integer.parseInt(v.get("rows"));
            if (v.containsKey("evaluationsPerSecond") && !results.sizeThroughput.containsKey(rows)) {
                results.sizeThroughput.put(rows, Sample.of(List.of(Double.parseDouble(v.get("evaluationsPerSecond")))));
                results.timedLoopRows.add(rows);
            }
            results.probes.put(rows, new Probe(rows, Long.parseLong(v.get("buildMillis")), Long.parseLong(v.get("firstEvaluationMillis")),
                    Long.parseLong(v.get("heapBytes")), Integer.parseInt(v.get("builds"))));
        }
        results.readHttp(lines(folder.resolve("http.txt")));
        for (String line : lines(folder.resolve("open-model.txt"))) {
            results.openModel.put(line.substring(0, line.indexOf(' ')), JSON.readTree(line.substring(line.indexOf(' ') + 1)));
        }
        for (String line : lines(folder.resolve("memory.txt"))) {
            Map<String, String> v = keyValues(line);
            results.memory.put(line.substring(0, line.indexOf(' ')), new Memory(Double.parseDouble(v.get("heapUsedKiB")),
                    Double.parseDouble(v.get("rssKiB")), Double.parseDouble(v.get("rssPeakKiB"))));
        }
        return results;
    }

    /** Every measured iteration of every fork counts as one sample; the figure is their median. */
    private <K> void readJmh(Path file, Function<JsonNode, Map<K, Sample>> target, Function<JsonNode, K> key) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (JsonNode benchmark : JSON.readTree(file.toFile())) {
            target.apply(benchmark).put(key.apply(benchmark), Sample.of(iterations(benchmark)));
        }
    }

    /** Files {@code in-process-<round>-<benchmark>.json}, one JMH fork each. */
    private void readInProcess(Path folder) throws IOException {
        Map<String, List<Double>> values = new TreeMap<>();
        Map<String, List<Double>> allocations = new TreeMap<>();
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(f -> f.getFileName().toString().matches("in-process-\\d+-\\w+\\.json")).sorted().toList();
        }
        for (Path file : files) {
            int round = Integer.parseInt(file.getFileName().toString().split("-")[2]);
            for (JsonNode benchmark : JSON.readTree(file.toFile())) {
                List<Double> iterations = iterations(benchmark);
                values.computeIfAbsent(name(benchmark), k -> new ArrayList<>()).addAll(iterations);
                rounds.computeIfAbsent(round, k -> new TreeMap<>()).put(name(benchmark), Sample.of(iterations).median());
                JsonNode norm = benchmark.path("secondaryMetrics").path("gc.alloc.rate.norm");
                if (!norm.isMissingNode()) {
                    allocations.computeIfAbsent(name(benchmark), k -> new ArrayList<>()).add(norm.path("score").asDouble());
                }
            }
        }
        values.forEach((name, list) -> inProcess.put(name, Sample.of(list)));
        allocations.forEach((name, list) -> inProcessAllocation.put(name, Sample.of(list).median()));
    }

    /** The ratio of two benchmarks taken within each round, over the rounds. */
    Sample roundRatio(String numerator, String denominator) {
        List<Double> ratios = new ArrayList<>();
        rounds.values().forEach(round -> {
            if (round.containsKey(numerator) && round.containsKey(denominator)) {
                ratios.add(round.get(numerator) / round.get(denominator));
            }
        });
        return Sample.of(ratios);
    }

    private static List<Double> iterations(JsonNode benchmark) {
        List<Double> values = new ArrayList<>();
        benchmark.path("primaryMetric").path("rawData").forEach(fork -> fork.forEach(v -> values.add(v.asDouble())));
        return values;
    }

    private static String name(JsonNode benchmark) {
        String full = benchmark.path("benchmark").asText();
        return full.substring(full.lastIndexOf('.') + 1);
    }

    private void readHttp(List<String> lines) throws IOException {
        Map<String, List<JsonNode>> runs = new TreeMap<>();
        for (String line : lines) {
            runs.computeIfAbsent(line.substring(0, line.indexOf(' ')), k -> new ArrayList<>())
                    .add(JSON.readTree(line.substring(line.indexOf(' ') + 1)));
        }
        runs.forEach((name, list) -> http.put(name, new Http(
                Sample.of(list.stream().map(r -> r.path("requests").asDouble() * 1e6 / r.path("durationUs").asDouble()).toList()),
                Sample.of(list.stream().map(r -> r.path("p50Us").asDouble() / 1000).toList()),
                Sample.of(list.stream().map(r -> r.path("p99Us").asDouble() / 1000).toList()),
                list.stream().mapToLong(r -> r.path("socketErrors").asLong()).sum())));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList() : List.of();
    }

    private static Map<String, String> keyValues(String line) {
        Map<String, String> values = new TreeMap<>();
        Matcher matcher = KEY_VALUE.matcher(line);
        while (matcher.find()) {
            values.put(matcher.group(1), matcher.group(2));
        }
        return values;
    }
}
