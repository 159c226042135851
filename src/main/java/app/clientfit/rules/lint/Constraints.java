package app.clientfit.rules.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a condition on a client as plain comparisons: {@code latePaymentPercent >= 50},
 * {@code invoicesTotal >= 3 && invoicesTotal <= 10}, {@code chaotic == true}. Anything else (an {@code ||},
 * a method, another fact) is not read, and the condition is then compared by its text.
 */
final class Constraints {

    /** One comparison: a range of a numeric fact, or a yes/no fact's value. */
    record Comparison(String fact, Range range, Boolean flag) {
    }

    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    private static final String FACT = "(?:\\$\\w+\\s*\\.\\s*)?(\\w+)";
    private static final Pattern FACT_FIRST = Pattern.compile(FACT + "\\s*(>=|<=|==|>|<)\\s*(" + NUMBER + "|true|false)");
    private static final Pattern VALUE_FIRST = Pattern.compile("(" + NUMBER + ")\\s*(>=|<=|==|>|<)\\s*" + FACT);
    private static final Pattern BARE_FLAG = Pattern.compile("(!\\s*)?" + FACT);

    private Constraints() {
    }

    /** The comparisons the condition is made of, or empty when it is more than that. */
    static Optional<List<Comparison>> read(LintCondition condition) {
        if (!FactDomains.CLIENT.equals(condition.factType()) || condition.text().contains("||")) {
            return Optional.empty();
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (String part : conjuncts(condition.text())) {
            Optional<Comparison> comparison = comparison(part.strip());
            if (comparison.isEmpty()) {
                return Optional.empty();
            }
            comparisons.add(comparison.get());
        }
        return comparisons.isEmpty() ? Optional.empty() : Optional.of(comparisons);
    }

    private static Optional<Comparison> comparison(String text) {
        Matcher factFirst = FACT_FIRST.matcher(text);
        if (factFirst.matches()) {
            return of(factFirst.group(1), factFirst.group(2), factFirst.group(3));
        }
        Matcher valueFirst = VALUE_FIRST.matcher(text);
        if (valueFirst.matches()) {
            return of(valueFirst.group(3), mirrored(valueFirst.group(2)), valueFirst.group(1));
        }
        Matcher flag = BARE_FLAG.matcher(text);
        if (flag.matches() && FactDomains.yesNo(flag.group(2))) {
            return Optional.of(new Comparison(flag.group(2), null, flag.group(1) == null));
        }
        return Optional.empty();
    }

    private static Optional<Comparison> of(String fact, String operator, String value) {
        if (value.equals("true") || value.equals("false")) {
            return FactDomains.yesNo(fact) && operator.equals("==")
                    ? Optional.of(new Comparison(fact, null, Boolean.valueOf(value))) : Optional.empty();
        }
        return FactDomains.number(fact).map(domain -> new Comparison(fact, Range.of(operator, Double.parseDouble(value)), null));
    }

    private static String mirrored(String operator) {
        return switch (operator) {
            case ">=" -> "<=";
            case "<=" -> ">=";
            case ">" -> "<";
            case "<" -> ">";
            default -> operator;
        };
    }

    /** Splits on {@code &&} and on commas outside brackets and quotes. */
    private static List<String> conjuncts(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']')) {
                depth--;
            } else if (!quoted && depth == 0 && (c == ',' || (c == '&' && i + 1 < text.length() && text.charAt(i + 1) == '&'))) {
                parts.add(text.substring(start, i));
                i += c == '&' ? 1 : 0;
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
