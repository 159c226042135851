package app.clientfit.rules;

import app.clientfit.spreadsheet.GeneratedDrl;

/**
 * One piece of DRL handed to the engine: a whole DRL file, or the rules generated from one sheet of a
 * decision table. Knows how to say where a line of its DRL lives in the file a coach edits.
 */
record RuleUnit(RuleFile file, GeneratedDrl sheet, String drl, String resourcePath) {

    static RuleUnit ofDrl(RuleFile file) {
        return new RuleUnit(file, null, file.text(), "src/main/resources/" + file.source());
    }

    static RuleUnit ofSheet(RuleFile file, GeneratedDrl sheet, int index) {
        return new RuleUnit(file, sheet, sheet.drl(), "src/main/resources/" + file.source() + ".table-" + index + ".drl");
    }

    /** "line 12, column 4" for DRL; "sheet Payment, row 10" for a table (the column is not known here). */
    String locate(int line, int column) {
        if (sheet == null) {
            if (line <= 0) {
                return null;
            }
            return column > 0 ? "line " + line + ", column " + column : "line " + line;
        }
        Integer row = line > 0 ? sheet.rowOfLine(line) : null;
        String where = sheet.sheet() == null ? "" : "sheet " + sheet.sheet();
        if (row == null) {
            return where.isEmpty() ? null : where;
        }
        return where.isEmpty() ? "row " + row : where + ", row " + row;
    }
}
