package app.clientfit.rules.lint;

/**
 * One condition of a rule.
 *
 * @param location the cell ({@code sheet Payment, cell C12}) or the line
 * @param label    the column's label as the coach wrote it; for DRL, the condition as written
 * @param factType the fact it tests ({@code Client}), or null for a condition that is a whole element ({@code not}, {@code exists} …)
 * @param text     the constraint as the engine reads it ({@code latePaymentPercent >= 50})
 */
public record LintCondition(String location, String label, String factType, String text) {
}
