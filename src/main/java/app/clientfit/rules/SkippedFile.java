package app.clientfit.rules;

/**
 * A file in the rule folder that is not read, and what to do about it.
 *
 * @param source the path relative to the rule folder's parent, e.g. {@code rules/payment.xlsm}
 * @param reason why it is not read and what to do, in plain words
 */
public record SkippedFile(String source, String reason) {

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
