package app.clientfit.rules;

/**
 * Where a coach finds something in a rule file: a line (and column) of DRL, or a row of a decision
 * table's sheet. {@link #toString()} says it as the API shows it.
 *
 * @param sheet  the sheet of a decision table; null for DRL and for CSV tables
 * @param row    the sheet's row (1-based), or null
 * @param line   the DRL line (1-based), or 0
 * @param column the DRL column (1-based), or 0 when not known
 */
record RuleLocation(String sheet, Integer row, int line, int column) {

    static RuleLocation ofLine(int line, int column) {
        return new RuleLocation(null, null, line, column);
    }

    static RuleLocation ofRow(String sheet, Integer row) {
        return new RuleLocation(sheet, row, 0, 0);
    }

    /** Both rows of the same sheet of a table. */
    boolean sameSheetAs(RuleLocation other) {
        return row != null && other.row != null && sheet != null && sheet.equals(other.sheet);
    }

    /** "line 12, column 4", "line 12", "sheet Payment, row 10", "row 10" (CSV), "sheet Payment"; null when nothing is known. */
    String text() {
        if (line > 0) {
            return column > 0 ? "line " + line + ", column " + column : "line " + line;
        }
        String where = sheet == null ? "" : "sheet " + sheet;
        if (row == null) {
            return where.isEmpty() ? null : where;
        }
        return where.isEmpty() ? "row " + row : where + ", row " + row;
    }

    @Override
    public String toString() {
        return String.valueOf(text());
    }
}
