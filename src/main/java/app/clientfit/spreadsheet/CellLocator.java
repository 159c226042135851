package app.clientfit.spreadsheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the cell behind a problem the engine reports against the DRL it generated from a sheet: the
 * generated line gives the row, a word from the message (the value or name it complains about) gives
 * the cell in that row, or else the template cell of the column that wrote it.
 */
public final class CellLocator {

    private CellLocator() {
    }

    /**
     * "sheet Payment, cell D11"; "sheet Payment, row 11" when no cell can be told; "row 11" for CSV.
     *
     * @param line   the generated-DRL line the engine names (1-based), or 0 when it names none
     * @param column the column in that line (1-based), or 0; when given, the cell whose value stands there wins
     */
    public static String locate(GeneratedDrl sheet, int line, int column, List<String> words) {
        String prefix = sheet.sheet() == null ? "" : "sheet " + sheet.sheet();
        Integer row = line > 0 ? sheet.rowOfLine(line) : null;
        if (row == null) {
            return prefix.isEmpty() ? null : prefix;
        }
        Optional<TableLayout> table = sheet.tableOfRow(row);
        if (table.isPresent()) {
            String[] lines = sheet.drl().split("\n", -1);
            Optional<String> cell = column > 0 && line <= lines.length ? cellAt(table.get(), row, lines[line - 1], column - 1)
                    : Optional.empty();
            cell = cell.or(() -> cellOf(table.get(), row, words));
            if (cell.isPresent()) {
                return table.get().where(cell.get());
            }
        }
        return prefix.isEmpty() ? "row " + row : prefix + ", row " + row;
    }

    /** The cell holding a rule's name, "sheet Payment, cell A11", when the table has a NAME column. */
    public static Optional<String> nameCell(GeneratedDrl sheet, int row) {
        return sheet.tableOfRow(row).flatMap(table -> table.nameColumn()
                .map(column -> table.where(TableLayout.cell(row - 1, column.index()))));
    }

    /** The cell whose value was written last before that position of the generated line. */
    private static Optional<String> cellAt(TableLayout table, int row, String generated, int position) {
        TableLayout.DataRow values = table.row(row).orElseThrow();
        String best = null;
        int bestStart = -1;
        for (Map.Entry<Integer, String> value : values.values().entrySet()) {
            int start = generated.lastIndexOf(value.getValue(), position);
            if (start > bestStart && !table.nameColumn().map(c -> c.index() == value.getKey()).orElse(false)) {
                bestStart = start;
                best = TableLayout.cell(values.index(), value.getKey());
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> cellOf(TableLayout table, int row, List<String> words) {
        TableLayout.DataRow values = table.row(row).orElseThrow();
        for (String word : words) {
            Pattern pattern = pattern(word);
            for (Map.Entry<Integer, String> value : values.values().entrySet()) {
                if (pattern.matcher(value.getValue()).find()) {
                    return Optional.of(TableLayout.cell(values.index(), value.getKey()));
                }
            }
            for (TableLayout.Column column : table.columns()) {
                if (pattern.matcher(column.template()).find()) {
                    return Optional.of(table.templateCell(column));
                }
            }
        }
        return Optional.empty();
    }

    private static Pattern pattern(String word) {
        String quoted = Pattern.quote(word);
        return word.matches("\\w+") ? Pattern.compile("(?<![\\w$])" + quoted + "(?!\\w)") : Pattern.compile(quoted);
    }
}
