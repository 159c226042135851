package app.clientfit.rules.problem;

/**
 * Something wrong in a rule file, said so that a coach can find and fix it.
 *
 * @param source   {@code rules/payment.xlsx}
 * @param location {@code sheet Payment, row 14} or {@code line 8, column 23}; null for the whole file
 * @param message  what is wrong, in plain words
 * @param code     for a finding of the rules' analysis ({@code REDUNDANT_ROW} …); null for any other problem
 */
public record RuleProblem(String source, String location, String message, String code) {

    public RuleProblem(String source, String location, String message) {
        this(source, location, message, null);
    }

    @Override
    public String toString() {
        return source + (location == null ? "" : ", " + location) + ": " + message;
    }
}
