package app.clientfit.batch;

import java.util.List;

/**
 * One row of a table as its cells' text (an empty string for an empty cell).
 *
 * @param number the row number a spreadsheet program shows, from 1
 */
public record SourceRow(int number, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
