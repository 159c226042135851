package app.clientfit.spreadsheet;

/** A workbook that cannot be read as a decision table; says where, in words a coach understands. */
public class SpreadsheetException extends RuntimeException {

    private final String location;

    public SpreadsheetException(String location, String message) {
        super(message);
        this.location = location;
    }

    /** "sheet Payment, cell F6", "sheet Payment", or null when the whole file is unreadable. */
    public String location() {
        return location;
    }
}
