package app.clientfit.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import app.clientfit.spreadsheet.SheetRows;
import app.clientfit.spreadsheet.SpreadsheetException;

/**
 * LibreOffice's own format, read whole under the same limits as every workbook (size, zip bomb, entities, cells):
 * the format has no streaming reader, so a very long list is better sent as .xlsx or .csv.
 */
final class OdsRowSource implements RowSource {

    private final Path file;

    OdsRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<SourceRow> rows) throws IOException {
        try {
            SheetRows.read(Files.readAllBytes(file)).forEach(row -> rows.accept(new SourceRow(row.row(), row.cells())));
        } catch (SpreadsheetException | UncheckedIOException e) {
            throw new UnreadableTableException("the .ods file cannot be read: " + e.getMessage());
        }
    }
}
