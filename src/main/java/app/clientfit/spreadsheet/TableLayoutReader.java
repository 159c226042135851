package app.clientfit.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the layout of every {@code RuleTable} in a sheet the way the engine reads it: the keyword row,
 * the object-type row (merged cells), the template row and the label row below the {@code RuleTable}
 * cell, then one rule per row until the first empty row.
 */
final class TableLayoutReader {

    private static final String RULE_TABLE = "ruletable";
    private static final String IMPORT = "import";

    private TableLayoutReader() {
    }

    static List<TableLayout> read(Sheet sheet) {
        List<String> imports = imports(sheet);
        List<TableLayout> tables = new ArrayList<>();
        int last = sheet.getLastRowNum();
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
            Cell start = ruleTableCell(sheet.getRow(r));
            if (start != null) {
                TableLayout table = table(sheet, start, imports);
                tables.add(table);
                r = table.rows().isEmpty() ? r + TableLayout.LABEL_ROW : table.rows().get(table.rows().size() - 1).index();
            }
        }
        return tables;
    }

    private static TableLayout table(Sheet sheet, Cell start, List<String> imports) {
        int top = start.getRowIndex();
        int left = start.getColumnIndex();
        String name = SheetCells.text(start).substring(RULE_TABLE.length()).trim();
        List<TableLayout.Column> columns = new ArrayList<>();
        Row keywords = sheet.getRow(top + TableLayout.KEYWORD_ROW);
        if (keywords != null) {
            for (Cell cell : keywords) {
                String keyword = SheetCells.text(cell);
                int c = cell.getColumnIndex();
                if (c >= left && !keyword.isEmpty()) {
                    columns.add(new TableLayout.Column(c, keyword, SheetCells.mergedText(sheet, top + TableLayout.OBJECT_ROW, c),
                            SheetCells.text(sheet, top + TableLayout.TEMPLATE_ROW, c), SheetCells.text(sheet, top + TableLayout.LABEL_ROW, c)));
                }
            }
        }
        List<TableLayout.DataRow> rows = new ArrayList<>();
        for (int r = top + TableLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (SheetCells.isEmptyFrom(row, left) || ruleTableCell(row) != null) {
                break;
            }
            Map<Integer, String> values = new LinkedHashMap<>();
            for (Cell cell : row) {
                String text = SheetCells.text(cell);
                if (cell.getColumnIndex() >= left && !text.isEmpty()) {
                    values.put(cell.getColumnIndex(), text);
                }
            }
            rows.add(new TableLayout.DataRow(r, values));
        }
        return new TableLayout(sheet.getSheetName(), name, top, left, columns, rows, imports);
    }

    private static Cell ruleTableCell(Row row) {
        if (row == null) {
            return null;
        }
        for (Cell cell : row) {
            if (SheetCells.text(cell).toLowerCase(Locale.ROOT).startsWith(RULE_TABLE)) {
                return cell;
            }
        }
        return null;
    }

    /** The classes named right of an {@code Import} cell, as the engine reads them. */
    private static List<String> imports(Sheet sheet) {
        List<String> imports = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (IMPORT.equals(SheetCells.text(cell).toLowerCase(Locale.ROOT))) {
                    String value = SheetCells.text(sheet, row.getRowNum(), cell.getColumnIndex() + 1);
                    Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(imports::add);
                }
            }
        }
        return imports;
    }
}
