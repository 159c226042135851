package app.clientfit.rules;

import java.util.regex.Pattern;

/** Plain words for what the engine says in Java terms. */
final class PlainWords {

    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z]\\w*)");

    private PlainWords() {
    }

    /** Drops engine class names, pointer lines and repeated whitespace. */
    static String clean(String text) {
        String withoutPointers = text.replaceAll("\\[Near : \\{.*?}]", "").replaceAll("(?m)^\\s*\\^\\s*$", "")
                .replaceAll("\\[Line: \\d+, Column: \\d+]", "").replaceAll("(?m)^\\s*at .*$", "");
        return QUALIFIED.matcher(withoutPointers).replaceAll("$1").replaceAll("\\s+", " ").strip();
    }

    /** "a number", "text", "true or false" for the types a coach meets; the plain type name otherwise. */
    static String kind(String type) {
        String simple = QUALIFIED.matcher(type).replaceAll("$1");
        return switch (simple) {
            case "String" -> "text";
            case "int", "long", "short", "double", "float", "Integer", "Long", "Short", "Double", "Float", "BigDecimal" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            default -> "a value of type " + simple;
        };
    }
}
