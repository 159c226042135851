package app.clientfit.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * One pass over a client list: rows are read in order, evaluated in parallel, and written in the order they came.
 * At most {@code window} rows are in flight at a time, so a list of any length takes the same memory. The first row
 * that is not blank is the header; blank rows between clients are kept, blank rows at the end are not.
 */
final class BatchRun {

    /** Evaluates one row of a list under its header. */
    interface RowEvaluator {
        RowResult evaluate(ListHeader header, SourceRow row);
    }

    /** What a run did: client rows read, and how many of them have an error instead of a verdict. */
    record Summary(int rows, int errors) {
    }

    private record Line(List<String> cells, RowResult result) {
    }

    private final Executor pool;
    private final int window;
    private final int maxRows;
    private final IntConsumer progress;
    private final ArrayDeque<Future<Line>> inFlight = new ArrayDeque<>();
    private ListHeader header;
    private int blanks;
    private int lastNumber;
    private int rows;
    private int errors;

    /** @param progress hears the number of rows written so far, after each row */
    BatchRun(Executor pool, int window, int maxRows, IntConsumer progress) {
        this.pool = pool;
        this.window = window;
        this.maxRows = maxRows;
        this.progress = progress;
    }

    Summary run(RowSource source, TableWriter writer, RowEvaluator evaluator) throws IOException {
        try {
            source.read(row -> accept(row, writer, evaluator));
            if (header == null) {
                throw new UnreadableTableException("the list is empty: the first row must name the columns (clientId, stage, …)");
            }
            while (!inFlight.isEmpty()) {
                write(writer);
            }
            return new Summary(rows, errors);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            inFlight.forEach(pending -> pending.cancel(false));
        }
    }

    private void accept(SourceRow row, TableWriter writer, RowEvaluator evaluator) {
        int skipped = Math.max(0, row.number() - lastNumber - 1); // a sheet leaves out rows with no cell at all
        lastNumber = row.number();
        if (header == null) {
            if (!row.isBlank()) {
                header = ListHeader.of(row);
                writeNow(writer, new Line(header.names(), null));
            }
            return;
        }
        blanks += skipped;
        if (row.isBlank()) {
            blanks++;
            return;
        }
        for (; blanks > 0; blanks--) {
            inFlight.add(CompletableFuture.completedFuture(new Line(List.of(), RowResult.NONE)));
        }
        if (++rows > maxRows) {
            throw UnreadableTableException.tooLarge("the list has more than " + maxRows + " clients (row " + row.number()
                    + "); split it, or raise clientfit.batch.max-rows");
        }
        inFlight.add(CompletableFuture.supplyAsync(() -> new Line(row.cells(), evaluator.evaluate(header, row)), pool));
        while (inFlight.size() >= window || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
            write(writer);
        }
    }

    private void write(TableWriter writer) {
        try {
            Line line = inFlight.remove().get();
            if (line.result().failed()) {
                errors++;
            }
            writeNow(writer, line);
            progress.accept(rows - inFlight.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the list's evaluation was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    private void writeNow(TableWriter writer, Line line) {
        List<String> cells = line.cells();
        List<String> fitted = cells.size() == header.width() ? cells : fit(cells, header.width());
        try {
            writer.row(fitted, line.result() == null ? RowResult.COLUMNS : line.result().values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row's cells cut or padded to the header's width, so the added columns line up. */
    private static List<String> fit(List<String> cells, int width) {
        if (cells.size() > width) {
            return cells.subList(0, width);
        }
        List<String> padded = new java.util.ArrayList<>(cells);
        padded.addAll(Collections.nCopies(width - cells.size(), ""));
        return padded;
    }
}
