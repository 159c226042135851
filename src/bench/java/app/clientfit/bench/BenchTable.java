package app.clientfit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** The benchmark's one table: a row per figure, its ratio to the anchor of its part, and the targets. */
final class BenchTable {

    private record Row(String part, String measure, String figure, String ratio, String target) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();

    static BenchTable of(BenchResults results) {
        BenchTable table = new BenchTable();
        table.inProcess(results);
        table.http(results);
        table.size(results);
        table.memory(results);
        return table;
    }

    private void inProcess(BenchResults r) {
        String part = "in process, 1 thread (JMH)";
        BenchResults.Sample plain = r.inProcess.get("plainJava");
        BenchResults.Sample drools = r.inProcess.get("rawDrools");
        BenchResults.Sample clientFit = r.inProcess.get("clientFit");
        if (plain == null || drools == null || clientFit == null) {
            rows.add(new Row(part, "not measured", "", "", ""));
            return;
        }
        BenchResults.Sample droolsToPlain = r.roundRatio("rawDrools", "plainJava");
        BenchResults.Sample clientFitToPlain = r.roundRatio("clientFit", "plainJava");
        BenchResults.Sample clientFitToDrools = r.roundRatio("clientFit", "rawDrools");
        double toDrools = clientFitToDrools.median();
        rows.add(new Row(part, "plain Java, the rulebook by hand (anchor)", perSecond(plain, "evaluations") + allocated(r, "plainJava"),
                "1.00" + allocationRatio(r, "plainJava"), ""));
        rows.add(new Row(part, "raw Drools: stateless session, no listener", perSecond(drools, "evaluations") + allocated(r, "rawDrools"),
                ratio(droolsToPlain) + allocationRatio(r, "rawDrools"), ""));
        rows.add(new Row(part, "ClientFit: request mapping, recorder, findings, response", perSecond(clientFit, "evaluations")
                + allocated(r, "clientFit"), ratio(clientFitToPlain) + allocationRatio(r, "clientFit")
                + "; " + ratio(clientFitToDrools) + " of raw Drools", "≥ 0.70 of raw Drools"));
        target("in-process ClientFit ≥ 0.7× raw Drools", toDrools, 0.7);
    }

    private void http(BenchResults r) {
        BenchResults.Http echo = r.http.get("echo");
        BenchResults.Http evaluate = r.http.get("evaluate");
        String part = "HTTP, " + r.machine.getProperty("connections") + " connections (wrk)";
        if (echo == null || evaluate == null) {
            rows.add(new Row(part, "not measured", "", "", ""));
            return;
        }
        rows.add(new Row(part, "trivial endpoint POST /api/bench/echo (anchor)", latencies(echo), "1.00 · 1.00 · 1.00", ""));
        double throughput = evaluate.throughput().median() / echo.throughput().median();
        rows.add(new Row(part, "POST /api/evaluations", latencies(evaluate), ratio(throughput) + " · "
                + ratio(evaluate.p50Ms().median() / echo.p50Ms().median()) + " · " + ratio(evaluate.p99Ms().median() / echo.p99Ms().median()),
                "throughput ≥ 0.50"));
        target("HTTP evaluate ≥ 0.5× the trivial endpoint's throughput", throughput, 0.5);

        JsonNode echoOpen = r.openModel.get("echo");
        JsonNode evaluateOpen = r.openModel.get("evaluate");
        if (echoOpen == null || evaluateOpen == null) {
            return;
        }
        String open = String.format(Locale.ROOT, "fixed rate, %,.0f requests/s", echoOpen.path("rate").asDouble());
        rows.add(new Row(open, "trivial endpoint (anchor)", openFigure(echoOpen), "1.00", ""));
        rows.add(new Row(open, "POST /api/evaluations", openFigure(evaluateOpen),
                ratio(evaluateOpen.path("p99Ms").asDouble() / echoOpen.path("p99Ms").asDouble()), ""));
        JsonNode notOverloaded = r.openModel.get("evaluate-half");
        if (notOverloaded != null) {
            double p99 = notOverloaded.path("p99Ms").asDouble();
            rows.add(new Row(String.format(Locale.ROOT, "fixed rate, %,.0f requests/s", notOverloaded.path("rate").asDouble()),
                    "POST /api/evaluations at half its own throughput (not overloaded)", openFigure(notOverloaded),
                    ratio(p99 / echoOpen.path("p99Ms").asDouble()), "p99 ≤ 10 ms"));
            target("HTTP evaluate p99 ≤ 10 ms at half its own throughput", msAgainstLimit(p99, 10), p99 <= 10
                    && notOverloaded.path("unsent").asLong() == 0 && notOverloaded.path("failed").asLong() == 0);
        }
    }

    private void size(BenchResults r) {
        BenchResults.Probe anchor = r.probes.get(10);
        BenchResults.Sample anchorThroughput = r.sizeThroughput.get(10);
        for (int rows : new int[] {10, 100, 1000, 10000}) {
            String part = "decision-table size";
            String measure = String.format(Locale.ROOT, "%,d rows%s: build and activate · evaluations/s · heap", rows, rows == 10 ? " (anchor)" : "");
            BenchResults.Probe probe = r.probes.get(rows);
            BenchResults.Sample throughput = r.sizeThroughput.get(rows);
            if (probe == null || anchor == null) {
                this.rows.add(new Row(part, measure, "not measured in this mode", "", ""));
                continue;
            }
            String figure = String.format(Locale.ROOT, "%s · %s · %.0f MB", ms(probe.activateMillis()),
                    throughput == null ? "not measured" : String.format(Locale.ROOT, "%,.0f%s", throughput.median(),
                            r.timedLoopRows.contains(rows) ? " (timed loop on the one build, not JMH)" : ""), probe.heapBytes() / 1e6);
            String ratios = ratio((double) probe.activateMillis() / anchor.activateMillis()) + " · "
                    + (throughput == null || anchorThroughput == null ? "–" : ratio(throughput.median() / anchorThroughput.median())) + " · "
                    + ratio((double) probe.heapBytes() / anchor.heapBytes());
            this.rows.add(new Row(part, measure, figure, ratios, rows == 1000 ? "build and activate ≤ 5 s" : ""));
            if (rows == 1000) {
                target("1,000-row table built and activated ≤ 5 s", ms(probe.activateMillis()), probe.activateMillis() <= 5000);
            }
        }
    }

    private void memory(BenchResults r) {
        BenchResults.Memory start = r.memory.get("start");
        BenchResults.Memory warm = r.memory.get("warm");
        if (start == null || warm == null) {
            return;
        }
        String part = "service memory (after a full GC)";
        rows.add(new Row(part, "just started: heap · RSS (anchor)", mb(start.heapKiB()) + " · " + mb(start.rssKiB()), "1.00 · 1.00", ""));
        rows.add(new Row(part, "after warm-up and all load: heap · RSS (peak RSS)", mb(warm.heapKiB()) + " · " + mb(warm.rssKiB())
                + " (" + mb(warm.rssPeakKiB()) + ")", ratio(warm.heapKiB() / start.heapKiB()) + " · " + ratio(warm.rssKiB() / start.rssKiB()), ""));
    }

    String markdown() {
        StringBuilder out = new StringBuilder("| part | measure | figure | × anchor | target |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(String.join(" | ", row.part(), row.measure(), row.figure(), row.ratio(), row.target())).append(" |\n");
        }
        return out.toString();
    }

    String targets() {
        StringBuilder out = new StringBuilder("Targets:\n");
        targets.forEach(t -> out.append("- ").append(t).append('\n'));
        return out.toString();
    }

    private void target(String what, String measured, boolean met) {
        targets.add(what + ": " + measured + (met ? " (met)" : " (NOT met)"));
    }

    private void target(String what, double ratio, double atLeast) {
        target(what, againstThreshold(ratio, atLeast) + "×", ratio >= atLeast);
    }

    /** A ratio as {@link #ratio(double)} shows it, with a third decimal where two would make a miss look like the threshold. */
    static String againstThreshold(double value, double threshold) {
        String shown = ratio(value);
        return value < threshold && shown.equals(ratio(threshold)) ? String.format(Locale.ROOT, "%.3f", value) : shown;
    }

    /** Milliseconds as {@link #ms(double)} shows them, with a second decimal where one would make a miss look like the limit. */
    static String msAgainstLimit(double millis, double limit) {
        String shown = ms(millis);
        return millis > limit && shown.equals(ms(limit)) ? String.format(Locale.ROOT, "%.2f ms", millis) : shown;
    }

    private static String allocated(BenchResults r, String benchmark) {
        Double bytes = r.inProcessAllocation.get(benchmark);
        return bytes == null ? "" : String.format(Locale.ROOT, " · %,.0f B allocated each", bytes);
    }

    private static String allocationRatio(BenchResults r, String benchmark) {
        Double bytes = r.inProcessAllocation.get(benchmark);
        Double anchor = r.inProcessAllocation.get("plainJava");
        return bytes == null || anchor == null ? "" : " · " + ratio(bytes / anchor);
    }

    private static String perSecond(BenchResults.Sample s, String what) {
        return String.format(Locale.ROOT, "%,.0f %s/s (%,.0f–%,.0f, n=%d)", s.median(), what, s.min(), s.max(), s.count());
    }

    private static String latencies(BenchResults.Http h) {
        return String.format(Locale.ROOT, "%,.0f requests/s · p50 %s · p99 %s (n=%d%s)", h.throughput().median(), ms(h.p50Ms().median()),
                ms(h.p99Ms().median()), h.throughput().count(), h.socketErrors() > 0 ? ", " + h.socketErrors() + " socket errors or timeouts" : "");
    }

    private static String openFigure(JsonNode run) {
        String trouble = run.path("unsent").asLong() + run.path("failed").asLong() > 0
                ? String.format(Locale.ROOT, ", %d unsent, %d failed", run.path("unsent").asLong(), run.path("failed").asLong()) : "";
        return String.format(Locale.ROOT, "p50 %s · p99 %s · p99.9 %s%s", ms(run.path("p50Ms").asDouble()), ms(run.path("p99Ms").asDouble()),
                ms(run.path("p999Ms").asDouble()), trouble);
    }

    /** A ratio taken within each round: the median, and the range over the rounds when there are several. */
    private static String ratio(BenchResults.Sample perRound) {
        return perRound.count() > 1 ? ratio(perRound.median()) + " (rounds " + ratio(perRound.min()) + "–" + ratio(perRound.max()) + ")"
                : ratio(perRound.median());
    }

    static String ratio(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, value < 0.1 ? "%.3f" : value < 100 ? "%.2f" : "%,.0f", value);
    }

    static String ms(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000) : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String mb(double kiB) {
        return Double.isNaN(kiB) ? "–" : String.format(Locale.ROOT, "%.0f MB", kiB * 1024 / 1e6);
    }
}
