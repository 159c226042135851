package app.clientfit.batch;

import java.io.IOException;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal (rows, rows per second, time left), and nothing at all when not on one. */
final class ListProgress implements AutoCloseable {

    private final ProgressBar bar;

    private ListProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** Counts the list's rows first when on a terminal, so the bar knows the time left. */
    static ListProgress forTerminal(RowSource source) throws IOException {
        if (System.console() == null) {
            return new ListProgress(null);
        }
        int[] rows = {-1};
        source.read(row -> rows[0] += row.isBlank() ? 0 : 1);
        return new ListProgress(new ProgressBarBuilder().setTaskName("Evaluating").setInitialMax(Math.max(0, rows[0]))
                .setUnit(" rows", 1).showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build());
    }

    void stepTo(int rows) {
        if (bar != null) {
            bar.stepTo(rows);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
