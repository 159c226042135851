package app.clientfit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmark's report rewrites only its own section of BENCHMARKS.md and takes true medians. */
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

    @Test
    void shouldTakeTheMedianAndRangeOfSamples() {
        assertThat(BenchResults.Sample.of(List.of(5.0, 1.0, 3.0))).isEqualTo(new BenchResults.Sample(3.0, 1.0, 5.0, 3));
        assertThat(BenchResults.Sample.of(List.of(4.0, 1.0, 2.0, 3.0)).median()).isEqualTo(2.5);
    }
}
