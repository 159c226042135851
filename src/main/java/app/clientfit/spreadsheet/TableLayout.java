package app.clientfit.spreadsheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;

/**
 * One {@code RuleTable} of a sheet as a coach laid it out: which column holds what, and the rows of
 * rules below. Indexes are zero-based like the spreadsheet library's; {@link #cell} gives the name a
 * coach reads ({@code D14}).
 *
 * @param startRow    the row of the {@code RuleTable} cell
 * @param startColumn the column of the {@code RuleTable} cell
 * @param imports     the classes the sheet imports, for resolving fact types
 */
record TableLayout(String sheet, String name, int startRow, int startColumn, List<Column> columns,
                          List<DataRow> rows, List<String> imports) {

    static final int KEYWORD_ROW = 1;
    static final int OBJECT_ROW = 2;
    static final int TEMPLATE_ROW = 3;
    static final int LABEL_ROW = 4;
    static final int FIRST_DATA_ROW = 5;

    /**
     * A column of the table.
     *
     * @param keyword    {@code CONDITION}, {@code ACTION}, {@code NAME} … as written
     * @param objectType the pattern the column belongs to ({@code $c : Client}), merged cells resolved
     * @param template   the code with {@code $param}
     */
    public record Column(int index, String keyword, String objectType, String template, String label) {
    }

    /** A row of rule values: cell text by column index, only the cells that are filled in. */
    public record DataRow(int index, Map<Integer, String> values) {

        /** The row number a coach sees. */
        public int number() {
            return index + 1;
        }
    }

    public static String cell(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    public String keywordCell(Column column) {
        return cell(startRow + KEYWORD_ROW, column.index());
    }

    public String templateCell(Column column) {
        return cell(startRow + TEMPLATE_ROW, column.index());
    }

    public Optional<Column> column(int index) {
        return columns.stream().filter(c -> c.index() == index).findFirst();
    }

    public Optional<Column> nameColumn() {
        return columns.stream().filter(c -> HeaderKeywords.isName(c.keyword())).findFirst();
    }

    public Optional<DataRow> row(int number) {
        return rows.stream().filter(r -> r.number() == number).findFirst();
    }

    /** "sheet Payment, cell D14". */
    public String where(String cell) {
        return "sheet " + sheet + ", cell " + cell;
    }
}
