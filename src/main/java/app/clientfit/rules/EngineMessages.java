package app.clientfit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientfit.spreadsheet.FactType;

/**
 * Says in plain words what the engine's build messages mean ("unknown fact field 'agee' — did you mean
 * 'age'?" instead of a strict-mode resolution failure), and picks out the word a coach can search for.
 * Never lets a Java class name or a stack trace through.
 */
final class EngineMessages {

    /**
     * @param words      what to look for in the file to find the place (the value or name complained about)
     * @param expression the expression the engine could not analyse, to find its line when none is given
     */
    record Translated(String message, List<String> words, String expression, int line, int column) {
    }

    private static final Pattern SYNTAX = Pattern.compile("\\[ERR \\d+] Line (\\d+):(\\d+) (.+?)(?: in rule \"([^\"]*)\")?(?: in \\w+)?\\s*$", Pattern.MULTILINE);
    private static final Pattern UNEXPECTED = Pattern.compile("(?:mismatched|extraneous) input '(.+?)'|no viable alternative at input '(.+?)'|unexpected exception at input '(.+?)'");
    private static final Pattern MISSING = Pattern.compile("missing (\\S+) at '(.+?)'");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\[Error: (.+?)]", Pattern.DOTALL);
    private static final Pattern STRICT = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern AT_LINE = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    private static final Pattern UNRESOLVED = Pattern.compile("^(\\w+) cannot be resolved(?: to a (variable|type))?");
    private static final Pattern MISMATCH = Pattern.compile("Type mismatch: cannot convert from (\\S+) to (\\S+)");
    private static final Pattern JAVA_INSERT = Pattern.compile("Syntax error, insert \"(.+?)\" to complete");
    private static final Pattern JAVA_TOKEN = Pattern.compile("Syntax error on tokens?:? \"?(.+?)\"?, (?:(.+?) expected|delete this token)");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: (.+)");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z]\\w*)");

    private EngineMessages() {
    }

    /** One engine message may hold several problems (one per line); noise gives none. */
    static List<Translated> translate(String raw, int line, int column, Function<String, Optional<FactType>> types) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.startsWith("Parser returned a null Package")) {
            return List.of();
        }
        Matcher syntax = SYNTAX.matcher(text);
        if (syntax.find()) {
            return List.of(syntax(syntax));
        }
        Matcher analyse = ANALYSE.matcher(text);
        if (analyse.find()) {
            Matcher at = AT_LINE.matcher(text);
            int atLine = at.find() ? Integer.parseInt(at.group(1)) : line;
            return List.of(analyse(analyse.group(1).strip(), analyse.group(2), atLine, types));
        }
        List<Translated> problems = new ArrayList<>();
        for (String part : text.replaceFirst("^Rule Compilation error\\s*:?\\s*", "").split("\\R")) {
            if (!part.isBlank() && !part.strip().startsWith("at ")) {
                problems.add(single(part.strip(), line, column, types));
            }
        }
        return problems;
    }

    private static Translated syntax(Matcher syntax) {
        String detail = syntax.group(3);
        String rule = syntax.group(4) == null ? "" : " (rule '" + syntax.group(4) + "')";
        Matcher unexpected = UNEXPECTED.matcher(detail);
        Matcher missing = MISSING.matcher(detail);
        String message;
        List<String> words = List.of();
        if (missing.find()) {
            message = "the rule text cannot be read here: " + missing.group(1) + " is missing before '" + missing.group(2) + "'";
            words = List.of(missing.group(2));
        } else if (unexpected.find()) {
            String token = firstNonNull(unexpected.group(1), unexpected.group(2), unexpected.group(3));
            message = "the rule text cannot be read here: '" + token + "' is not expected";
            words = List.of(token);
        } else {
            message = "the rule text cannot be read here: " + clean(detail);
        }
        return new Translated(message + rule, words, null, Integer.parseInt(syntax.group(1)), Integer.parseInt(syntax.group(2)) + 1);
    }

    private static Translated analyse(String expression, String error, int line, Function<String, Optional<FactType>> types) {
        Matcher strict = STRICT.matcher(error);
        if (strict.find()) {
            String member = strict.group(2);
            Optional<FactType> type = FactType.resolve(strict.group(1), List.of());
            String suggestion = type.map(t -> FactType.didYouMean(t.nearestField(member))).orElse("");
            String hint = suggestion.isEmpty() ? " (a value must be a number, true, false, or text in quotes)" : suggestion;
            return new Translated("unknown fact field '" + member + "'" + hint, List.of(member), expression, line, 0);
        }
        return new Translated("cannot understand '" + clean(expression) + "': " + clean(error), List.of(), expression, line, 0);
    }

    private static Translated single(String text, int line, int column, Function<String, Optional<FactType>> types) {
        Matcher matcher;
        if ((matcher = UNDEFINED_METHOD.matcher(text)).find()) {
            String method = matcher.group(1);
            String suggestion = types.apply(matcher.group(3)).map(t -> FactType.didYouMean(t.nearestMethod(method))).orElse("");
            return new Translated("unknown method '" + method + "' on " + matcher.group(3) + suggestion, List.of(method), null, line, column);
        }
        if ((matcher = UNRESOLVED.matcher(text)).find()) {
            String name = matcher.group(1);
            String message = "type".equals(matcher.group(2)) ? "unknown type '" + name + "'" : "'" + name + "' is not a number or a known name";
            return new Translated(message, List.of(name), null, line, column);
        }
        if ((matcher = MISMATCH.matcher(text)).find()) {
            return new Translated(kind(matcher.group(1)) + " cannot be used where " + kind(matcher.group(2)) + " is needed",
                    List.of(), null, line, column);
        }
        if ((matcher = JAVA_INSERT.matcher(text)).find()) {
            return new Translated("the rule text cannot be read: '" + matcher.group(1) + "' is missing", List.of(), null, line, column);
        }
        if ((matcher = JAVA_TOKEN.matcher(text)).find()) {
            return new Translated("the rule text cannot be read: '" + matcher.group(1) + "' is not expected", List.of(matcher.group(1)),
                    null, line, column);
        }
        if ((matcher = OBJECT_TYPE.matcher(text)).find()) {
            return new Translated("unknown fact type '" + matcher.group(1) + "'", List.of(matcher.group(1)), null, line, column);
        }
        if ((matcher = DUPLICATE.matcher(text)).find()) {
            return new Translated("two rules named '" + matcher.group(1).strip() + "'", List.of(), null, line, column);
        }
        return new Translated(clean(text), List.of(), null, line, column);
    }

    /** Drops engine class names, pointer lines and repeated whitespace. */
    static String clean(String text) {
        String withoutPointers = text.replaceAll("\\[Near : \\{.*?}]", "").replaceAll("(?m)^\\s*\\^\\s*$", "")
                .replaceAll("\\[Line: \\d+, Column: \\d+]", "").replaceAll("(?m)^\\s*at .*$", "");
        return QUALIFIED.matcher(withoutPointers).replaceAll("$1").replaceAll("\\s+", " ").strip();
    }

    /** "a number", "text", "true or false" for the types a coach meets; the plain type name otherwise. */
    private static String kind(String type) {
        String simple = QUALIFIED.matcher(type).replaceAll("$1");
        return switch (simple) {
            case "String" -> "text";
            case "int", "long", "short", "double", "float", "Integer", "Long", "Short", "Double", "Float", "BigDecimal" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            default -> "a value of type " + simple;
        };
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
