package app.clientfit.spreadsheet;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The DRL that one sheet of a decision table stands for, and the way back from a line of that DRL
 * to the row of the sheet it came from.
 *
 * @param sheet        the sheet's name, or null for a CSV table
 * @param drl          the generated rule text
 * @param rowsByLine   generated-DRL line where a rule starts, mapped to its Excel row (1-based)
 * @param columnsByRow the first column letter of each row's values (usually "A")
 * @param tables       the layout of the sheet's tables, to find the cell behind a problem (empty for CSV)
 */
public record GeneratedDrl(String sheet, String drl, NavigableMap<Integer, Integer> rowsByLine,
                           Map<Integer, String> columnsByRow, List<TableLayout> tables) {

    /** An action that only puts the client's values into the reason's words. */
    private static final String EXPLAINS = ".explain(";

    /** The spreadsheet row a generated-DRL line belongs to, or null when it is in the header. */
    public Integer rowOfLine(int line) {
        Map.Entry<Integer, Integer> entry = rowsByLine.floorEntry(line);
        return entry == null ? null : entry.getValue();
    }

    /** The filled condition cells of a spreadsheet row (1-based), in column order: one condition each. */
    public List<ConditionCell> conditionCells(int row) {
        return tableOfRow(row).map(table -> {
            TableLayout.DataRow values = table.row(row).orElseThrow();
            return table.columns().stream()
                    .filter(column -> HeaderKeywords.isCondition(column.keyword()) && values.values().containsKey(column.index()))
                    .map(column -> new ConditionCell(table.where(TableLayout.cell(values.index(), column.index())), column.label(),
                            values.values().get(column.index()), column.objectType() == null ? "" : column.objectType()))
                    .toList();
        }).orElse(List.of());
    }

    /**
     * What a row does when it fires, as its action cells say it ({@code PAYMENT, -40}): every filled action cell but
     * the reason's (an action that only explains), so that two rows that differ in their wording alone do the same.
     */
    public List<String> effect(int row) {
        return tableOfRow(row).map(table -> {
            TableLayout.DataRow values = table.row(row).orElseThrow();
            return table.columns().stream()
                    .filter(column -> HeaderKeywords.isAction(column.keyword()) && values.values().containsKey(column.index()))
                    .filter(column -> column.template() == null || !column.template().contains(EXPLAINS))
                    .map(column -> values.values().get(column.index()).strip())
                    .toList();
        }).orElse(List.of());
    }

    /** The name of the table a spreadsheet row (1-based) belongs to, or null. */
    public String tableName(int row) {
        return tableOfRow(row).map(TableLayout::name).orElse(null);
    }

    /** The table a spreadsheet row (1-based) belongs to. */
    public Optional<TableLayout> tableOfRow(int row) {
        return tables.stream().filter(table -> table.row(row).isPresent()).findFirst();
    }
}
