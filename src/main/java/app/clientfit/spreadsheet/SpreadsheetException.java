package app.clientfit.spreadsheet;

import java.util.List;

/** A workbook that cannot be read as a decision table; says where, in words a coach understands. */
public class SpreadsheetException extends RuntimeException {

    private final List<SheetProblem> problems;

    public SpreadsheetException(String location, String message) {
        this(List.of(new SheetProblem(location, message)));
    }

    public SpreadsheetException(List<SheetProblem> problems) {
        super(problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    /** "sheet Payment, cell F6", "sheet Payment", or null when the whole file is unreadable. */
    public String location() {
        return problems.get(0).location();
    }

    /** Every problem found, the first one being {@link #location()} and {@link #getMessage()}. */
    public List<SheetProblem> problems() {
        return problems;
    }
}
