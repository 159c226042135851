package app.clientfit.spreadsheet;

/**
 * Something wrong in a workbook, said where a coach finds it.
 *
 * @param location {@code sheet Payment, cell D14}; {@code sheet Payment}; or null for the whole file
 * @param message  what is wrong, in plain words
 */
public record SheetProblem(String location, String message) {
}
