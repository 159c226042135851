package app.clientfit.rules.lint;

/**
 * Something in the rules that is allowed but most likely a mistake.
 *
 * @param location {@code sheet Payment, row 12}, {@code sheet Payment, cell C12} or {@code line 8}
 */
public record LintWarning(String source, String location, LintCode code, String message) {
}
