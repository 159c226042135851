package app.clientfit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The chart of BENCHMARKS.md: what a bigger decision table costs, as a ratio to the 10-row table. */
final class SizeChart {

    private SizeChart() {
    }

    /** Draws the chart; false (and a warning) when there is nothing to draw or no way to draw it. */
    static boolean write(Path file, BenchResults results) {
        BenchResults.Probe anchor = results.probes.get(10);
        BenchResults.Sample anchorThroughput = results.sizeThroughput.get(10);
        if (anchor == null || results.probes.size() < 2) {
            return false;
        }
        XYChart chart = new XYChartBuilder().width(800).height(500)
                .title("Cost against decision-table size (ratio to the 10-row table)")
                .xAxisTitle("rows in the decision table").yAxisTitle("× the 10-row table").build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true)
                .setLegendPosition(Styler.LegendPosition.InsideNW).setMarkerSize(8);
        chart.getStyler().setXAxisDecimalPattern("#,###").setYAxisDecimalPattern("#,##0.#");
        List<Double> rows = new ArrayList<>();
        List<Double> build = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        results.probes.values().forEach(p -> {
            rows.add((double) p.rows());
            build.add((double) p.activateMillis() / anchor.activateMillis());
            heap.add((double) p.heapBytes() / anchor.heapBytes());
        });
        chart.addSeries(String.format(Locale.ROOT, "build and activate (10 rows: %s)", BenchTable.ms(anchor.activateMillis())), rows, build)
                .setMarker(SeriesMarkers.CIRCLE);
        chart.addSeries(String.format(Locale.ROOT, "heap after build (10 rows: %.0f MB)", anchor.heapBytes() / 1e6), rows, heap)
                .setMarker(SeriesMarkers.SQUARE);
        if (anchorThroughput != null && results.sizeThroughput.size() > 1) {
            List<Double> measuredRows = new ArrayList<>();
            List<Double> perEvaluation = new ArrayList<>();
            results.sizeThroughput.forEach((r, s) -> {
                measuredRows.add((double) r);
                perEvaluation.add(anchorThroughput.median() / s.median());
            });
            chart.addSeries(String.format(Locale.ROOT, "time per evaluation (10 rows: %.1f µs)", 1e6 / anchorThroughput.median()),
                    measuredRows, perEvaluation).setMarker(SeriesMarkers.DIAMOND);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
            return true;
        } catch (IOException | RuntimeException | LinkageError | InternalError e) {
            System.err.println("bench: could not draw the chart (" + e + "); the table is complete without it");
            return false;
        }
    }
}
