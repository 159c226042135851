package app.clientfit.spreadsheet;

/**
 * A filled condition cell of a table row, as a coach reads it.
 *
 * @param location   {@code sheet Payment, cell C10}
 * @param label      the column's label as the coach wrote it (the row under the templates)
 * @param value      the cell's value: what the rule expects
 * @param objectType the pattern the column belongs to ({@code $c : Client}), or empty for a column without one
 */
public record ConditionCell(String location, String label, String value, String objectType) {
}
