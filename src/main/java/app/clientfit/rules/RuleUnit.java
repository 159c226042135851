package app.clientfit.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientfit.spreadsheet.GeneratedDrl;

/**
 * One piece of DRL handed to the engine: a whole DRL file, or the rules generated from one sheet of a
 * decision table. Knows how to say where a line of its DRL lives in the file a coach edits.
 */
record RuleUnit(RuleFile file, GeneratedDrl sheet, String drl, String resourcePath) {

    /** The engine reports a resource's path with or without this prefix. */
    static final String RESOURCE_ROOT = "src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    static RuleUnit ofDrl(RuleFile file, int index) {
        return new RuleUnit(file, null, file.text(), resourcePath(file.text(), index));
    }

    static RuleUnit ofSheet(RuleFile file, GeneratedDrl sheet, int index) {
        return new RuleUnit(file, sheet, sheet.drl(), resourcePath(sheet.drl(), index));
    }

    RuleUnit withDrl(String checked) {
        return checked.equals(drl) ? this : new RuleUnit(file, sheet, checked, resourcePath);
    }

    /** The engine wants a resource's folder to match its package, and warns on every build if not. */
    private static String resourcePath(String drl, int index) {
        Matcher matcher = PACKAGE.matcher(drl);
        String folder = matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
        return RESOURCE_ROOT + folder + "unit-" + index + ".drl";
    }

    /** "line 12, column 4" for DRL; "sheet Payment, row 10" for a table (the column is not known here). */
    String locate(int line, int column) {
        return location(line, column).text();
    }

    RuleLocation location(int line, int column) {
        if (sheet == null) {
            return RuleLocation.ofLine(Math.max(line, 0), column);
        }
        return RuleLocation.ofRow(sheet.sheet(), line > 0 ? sheet.rowOfLine(line) : null);
    }
}
