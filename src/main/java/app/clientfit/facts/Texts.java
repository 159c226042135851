package app.clientfit.facts;

/**
 * Text a rule stores in a fact has a length limit: a rule that doubles a reason on every firing would
 * otherwise fill the memory long before any limit of firings or time could stop it.
 */
final class Texts {

    static final int MAX_LENGTH = 10_000;

    private Texts() {
    }

    static void requireShort(String what, String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " is " + text.length() + " characters long; at most " + MAX_LENGTH + " are kept");
        }
    }
}
