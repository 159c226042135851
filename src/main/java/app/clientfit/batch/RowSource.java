package app.clientfit.batch;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * A table read row by row, as a client list in some file format: every row in order, the header row first, each with
 * the number a spreadsheet program shows for it. Rows with no cell at all may be left out; the numbers say where.
 * Another format plugs in here (and in {@link TableFormat}).
 */
public interface RowSource {

    void read(Consumer<SourceRow> rows) throws IOException;
}
