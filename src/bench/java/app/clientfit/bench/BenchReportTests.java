package app.clientfit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The benchmark's report rewrites only its own section of BENCHMARKS.md, takes true medians and judges the machine fairly. */
class BenchReportTests {

    @Test
    void shouldReplaceOnlyTheGeneratedSection() {
        String document = "# Benchmarks\n\nintro\n\n" + BenchReport.START + "\nold table\n" + BenchReport.END + "\n\nnotes\n";

        String updated = BenchReport.replaceSection(document, BenchReport.START + "\nnew table\n" + BenchReport.END);

        assertThat(updated).isEqualTo("# Benchmarks\n\nintro\n\n" + BenchReport.START + "\nnew table\n" + BenchReport.END + "\n\nnotes\n");
    }

    @Test
    void shouldCreateTheDocumentWhenThereIsNone() {
        String section = BenchReport.START + "\ntable\n" + BenchReport.END;

        assertThat(BenchReport.replaceSection("", section)).isEqualTo("# Benchmarks\n\n" + section + "\n");
    }

    /** The load at the end is the benchmark's own service and load generator; only the load before it tells of others. */
    @Test
    void shouldCallTheMachineBusyOnlyForTheLoadBeforeTheRun() {
        assertThat(BenchReport.busy(machine("0.41 3.80 4.94", "7.40 6.16 5.50"))).isEmpty();
        assertThat(BenchReport.busy(machine("3.10 2.00 1.00", "7.40 6.16 5.50"))).contains("The machine was busy", "3.1 on 2 cores");
    }

    private static Properties machine(String loadAtStart, String loadAtEnd) {
        Properties machine = new Properties();
        machine.setProperty("cores", "2");
        machine.setProperty("loadAtStart", loadAtStart);
        machine.setProperty("loadAtEnd", loadAtEnd);
        return machine;
    }

    @Test
    void shouldTakeTheMedianAndRangeOfSamples() {
        assertThat(BenchResults.Sample.of(List.of(5.0, 1.0, 3.0))).isEqualTo(new BenchResults.Sample(3.0, 1.0, 5.0, 3));
        assertThat(BenchResults.Sample.of(List.of(4.0, 1.0, 2.0, 3.0)).median()).isEqualTo(2.5);
    }

    /** 0.4976 of the anchor is a miss of 0.5; shown as "0.50" it would read as met. */
    @Test
    void shouldNeverShowAMissAsTheThresholdItself() {
        assertThat(BenchTable.againstThreshold(0.4976, 0.5)).isEqualTo("0.498");
        assertThat(BenchTable.againstThreshold(0.5012, 0.5)).isEqualTo("0.50");
        assertThat(BenchTable.againstThreshold(0.4712, 0.5)).isEqualTo("0.47");
        assertThat(BenchTable.msAgainstLimit(10.04, 10)).isEqualTo("10.04 ms");
        assertThat(BenchTable.msAgainstLimit(9.96, 10)).isEqualTo("10.0 ms");
        assertThat(BenchTable.msAgainstLimit(6.9, 10)).isEqualTo("6.9 ms");
    }
}
