package app.clientfit.rules.sandbox;

/** The parser's own words, without the Java class names a coach cannot use. */
final class ProblemText {

    private ProblemText() {
    }

    static String plain(String text) {
        if (text == null || text.isBlank()) {
            return "syntax error";
        }
        return text.replaceAll("\\b(?:[a-z_]+\\.)+([A-Z]\\w*)", "$1").replaceAll("\\s+", " ").trim();
    }
}
