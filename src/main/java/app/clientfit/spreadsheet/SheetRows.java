package app.clientfit.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A table of one client per row, as a coach keeps it: read from the first sheet of an .xlsx, .xls or .ods as the
 * text of each cell (what the coach typed: 20 not 20.0), with the place of every cell; and written as an .ods.
 */
public final class SheetRows {

    /**
     * One row that is not empty.
     *
     * @param sheet the sheet's name
     * @param row   the row number a spreadsheet program shows (1-based)
     * @param cells the text of each cell from column A on, "" for an empty one
     */
    public record TableRow(String sheet, int row, List<String> cells) {

        public TableRow {
            cells = List.copyOf(cells);
        }

        /** The text of a column (0-based), "" beyond the last cell. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        /** "sheet Clients, cell C5" for a column (0-based) of this row. */
        public String location(int column) {
            return "sheet " + sheet + ", cell " + TableLayout.cell(row - 1, column);
        }
    }

    private SheetRows() {
    }

    /** The rows of the first sheet that have any text, in order; throws in plain words when the file cannot be read. */
    public static List<TableRow> read(byte[] content) {
        WorkbookGuard.checkSize(content);
        try (Workbook workbook = DecisionTableConverter.open(content)) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<TableRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (!SheetCells.isEmptyFrom(row, 0)) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(SheetCells.text(row.getCell(c)));
                    }
                    rows.add(new TableRow(sheet.getSheetName(), row.getRowNum() + 1, cells));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An .ods with one sheet holding the rows: strings as text, numbers as numbers, booleans as booleans; a
     * null is an empty cell.
     */
    public static byte[] writeOds(String sheetName, List<? extends List<?>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        com.github.miachm.sods.Sheet sheet = new com.github.miachm.sods.Sheet(sheetName, Math.max(1, rows.size()), Math.max(1, columns));
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                sheet.getRange(r, c).setValue(value instanceof Number n && !(value instanceof Double) ? n.doubleValue() : value);
            }
        }
        com.github.miachm.sods.SpreadSheet ods = new com.github.miachm.sods.SpreadSheet();
        ods.appendSheet(sheet);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ods.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
