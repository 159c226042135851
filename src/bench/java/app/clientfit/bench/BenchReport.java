package app.clientfit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the output folder of bench/run into one table of figures, each with its ratio to its
 * anchor and the target it is held to; prints it, writes it into BENCHMARKS.md between its markers
 * and draws the size chart. A quick run writes both under the output folder instead.
 *
 * <p>Arguments: output folder, mode ({@code full} or {@code quick}).
 */
public final class BenchReport {

    static final String START = "<!-- bench:results:start -->";
    static final String END = "<!-- bench:results:end -->";
    static final String CHART = "decision-table-size.png";

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        boolean full = "full".equals(args[1]);
        BenchResults results = BenchResults.read(folder);
        BenchTable table = BenchTable.of(results);

        String machine = machine(results);
        System.out.println();
        System.out.println(machine);
        System.out.println();
        System.out.println(table.markdown());
        System.out.println(table.targets());

        Path chart = full ? Path.of("bench", CHART) : folder.resolve(CHART);
        boolean drawn = SizeChart.write(chart, results);
        Path markdown = full ? Path.of("BENCHMARKS.md") : folder.resolve("BENCHMARKS.md");
        String section = String.join("\n", START, "",
                "Latest run: " + machine, "", table.markdown(), table.targets(),
                drawn ? "![Cost against decision-table size, as a ratio to the 10-row table](" + (full ? "bench/" : "") + CHART + ")\n" : "",
                END);
        Files.writeString(markdown, replaceSection(Files.exists(markdown) ? Files.readString(markdown) : "", section));
        System.out.println("written: " + markdown + (drawn ? ", " + chart : ""));
    }

    private static String machine(BenchResults results) {
        var m = results.machine;
        String command = "full".equals(m.getProperty("mode")) ? "bench/run" : "bench/run --" + m.getProperty("mode");
        return String.format(Locale.ROOT, "`%s` (%s mode), %s; %s cores (%s), %s GiB RAM; %s (%s); JMH and tools: %s; service: %s; "
                        + "HTTP warm-up until steady: %s; load average at start %s, at end %s (the benchmark's own); %s s in all.",
                command, m.getProperty("mode"), m.getProperty("date"), m.getProperty("cores"), m.getProperty("cpu"), m.getProperty("memoryGiB"),
                m.getProperty("java"), m.getProperty("vm"), m.getProperty("toolJavaOpts"), m.getProperty("serviceJavaOpts"),
                m.getProperty("httpWarmUp"), m.getProperty("loadAtStart"), m.getProperty("loadAtEnd"), m.getProperty("seconds")) + busy(m);
    }

    /**
     * A load average above the number of cores before the benchmark began means other work shared the machine. The
     * load at the end is the benchmark's own (the service's threads and the load generator) and says nothing of that.
     */
    static String busy(java.util.Properties m) {
        double cores = Double.parseDouble(m.getProperty("cores", "1"));
        double load = firstLoad(m.getProperty("loadAtStart"));
        return load > cores ? "\n\n**The machine was busy** (load average " + load + " on " + m.getProperty("cores")
                + " cores): other work shared the cores, so the time figures are noisy and low; the ratios and the"
                + " allocation per evaluation hold up better." : "";
    }

    private static double firstLoad(String loadAverage) {
        return loadAverage == null || loadAverage.isBlank() ? 0 : Double.parseDouble(loadAverage.trim().split("\\s+")[0]);
    }

    /** Keeps whatever BENCHMARKS.md says around the generated section; creates the file when absent. */
    static String replaceSection(String document, String section) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            return (document.isBlank() ? "# Benchmarks\n\n" : document + "\n") + section + "\n";
        }
        return document.substring(0, start) + section + document.substring(end + END.length());
    }
}
