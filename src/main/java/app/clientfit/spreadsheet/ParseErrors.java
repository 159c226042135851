package app.clientfit.spreadsheet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The engine's complaints about a table's structure, which name a cell inside the text, made plain. */
final class ParseErrors {

    private static final Pattern CELL = Pattern.compile("(?:,?\\s*(?:in|at) cells?|Data cell|Code description in cell)\\s+([A-Z]{1,3}\\d+)");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_]+\\.)+[A-Z]\\w*(?:Exception|Error):\\s*");

    private ParseErrors() {
    }

    static SheetProblem toProblem(String sheet, String message) {
        String text = message == null ? "unknown problem" : CLASS_NAME.matcher(message).replaceAll("").trim();
        Matcher cell = CELL.matcher(text);
        String location = sheet == null ? null : "sheet " + sheet;
        if (cell.find()) {
            location = (location == null ? "" : location + ", ") + "cell " + cell.group(1);
        }
        return new SheetProblem(location, plain(text));
    }

    private static String plain(String text) {
        if (text.contains("does not contain any code specification")) {
            return "the template cell is empty: write what this column tests or does, with $param for the value";
        }
        if (text.contains("does not have an 'ACTION' or 'CONDITION' column header") || text.contains("has an empty column header")) {
            return "this cell has no CONDITION or ACTION header above it: add the header or clear the cell";
        }
        if (text.startsWith("Unexpected content")) {
            return "this column takes no template: leave the cell empty";
        }
        if (text.startsWith("It looks like you have snippets")) {
            return "the row above the templates is for the fact (e.g. $c : Client): insert a row before the templates";
        }
        if (text.startsWith("Priority is not an integer literal") || text.startsWith("Duration is not an integer literal")) {
            return "this value must be a whole number";
        }
        if (text.startsWith("Maximum number of")) {
            return text.replaceAll("^Maximum number of ([A-Z-]+)/\\S+ columns is (\\d+).*$", "a table may have only $2 $1 column(s)");
        }
        if (text.startsWith("Invalid column header:")) {
            return HeaderKeywords.problem(text.replaceAll("^Invalid column header: ([^,]*),.*$", "$1"));
        }
        return CELL.matcher(text).replaceAll("").trim();
    }
}
