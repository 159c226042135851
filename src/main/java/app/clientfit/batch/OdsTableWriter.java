package app.clientfit.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import app.clientfit.spreadsheet.SheetRows;

/** An .ods written on close (the format has no streaming writer): cells that read as numbers become numbers. */
final class OdsTableWriter implements TableWriter {

    private final OutputStream out;
    private final List<List<Object>> rows = new ArrayList<>();

    OdsTableWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void row(List<String> cells, List<?> added) {
        List<Object> row = new ArrayList<>(cells.size() + added.size());
        boolean header = rows.isEmpty();
        cells.forEach(text -> row.add(!header && TableWriter.isNumber(text) ? Double.parseDouble(text) : text.isEmpty() ? null : text));
        row.addAll(added);
        rows.add(row);
    }

    @Override
    public void close() throws IOException {
        out.write(SheetRows.writeOds("Clients", rows));
        out.flush();
    }
}
