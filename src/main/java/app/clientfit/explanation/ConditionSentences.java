package app.clientfit.explanation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientfit.rules.RuleCondition;

/**
 * Words a condition that failed the way a coach reads it: "2 of 10 invoices were paid late (20 %); the rule
 * needs at least 50 %. sheet Payment, cell C10".
 */
final class ConditionSentences {

    private static final Pattern COMPARISON = Pattern.compile("^\\s*([A-Za-z_][\\w.]*)\\s*(>=|<=|==|!=|>|<)\\s*(.+?)\\s*$");
    private static final Pattern ATTRIBUTE_CALL = Pattern.compile(
            "^\\s*attribute(Below|AtLeast|IsTrue|IsFalse)\\s*\\(\\s*\"([^\"]+)\"\\s*(?:,\\s*([^)]+?)\\s*)?\\)\\s*$");
    private static final Map<String, String> COMPARATORS = Map.of(">=", "at least ", "<=", "at most ", ">", "more than ",
            "<", "less than ", "==", "", "!=", "not ");
    private static final Map<String, String> ATTRIBUTE_TESTS = Map.of("Below", "below ", "AtLeast", "at least ", "IsTrue", "yes",
            "IsFalse", "no");
    /** How some facts read better than "name: value". */
    private static final Map<String, Function<FactReads, String>> PHRASES = Map.of("latePaymentPercent",
            facts -> facts.shown("invoicesPaidLate") + " of " + facts.shown("invoicesTotal") + " invoices were paid late ("
                    + facts.shown("latePaymentPercent") + " %)");
    private static final Map<String, String> UNITS = Map.of("latePaymentPercent", " %");
    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Map<String, String> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private ConditionSentences() {
    }

    /** The rule's sentence: its name, what it came to, and each condition that failed. */
    static String rule(String name, ConditionOutcome outcome, List<String> failed) {
        String head = outcome == ConditionOutcome.UNKNOWN ? ": unknown. " : ": not met. ";
        return switch (failed.size()) {
            case 0 -> name + head + "Each of its conditions holds on its own, but they do not hold together.";
            case 1 -> name + head + failed.get(0); // most rules: built in one go
            default -> name + head + String.join(". ", failed);
        };
    }

    /** The sentence of a condition that did not hold: NOT_MET, or UNKNOWN for these facts not given. */
    static String condition(PreparedCondition prepared, ConditionOutcome outcome, List<String> unknown, FactReads facts) {
        if (outcome == ConditionOutcome.UNKNOWN) {
            return unknown.size() == prepared.given().size() ? prepared.unknownSentence()
                    : unknown(prepared.condition(), prepared.needs(), unknown);
        }
        if (prepared.failedSentence() != null) {
            return prepared.failedSentence();
        }
        String fact = prepared.reads().get(0);
        String actual = PHRASES.containsKey(fact) ? PHRASES.get(fact).apply(facts) : words(fact) + ": " + facts.value(fact);
        return capitalized(actual) + "; the rule needs " + prepared.needs() + "." + place(prepared.condition());
    }

    static String unknown(RuleCondition condition, String needs, List<String> unknown) {
        return capitalized(String.join(" and ", unknown.stream().map(ConditionSentences::words).toList()) + " not given; the rule needs "
                + needs + "." + place(condition));
    }

    /** The sentence of a condition that reads no fact of the client and does not hold. */
    static String failed(RuleCondition condition) {
        String what = condition.pattern() == null ? "'" + condition.text() + "' does not hold" + whatIsThere(condition.text())
                : "no " + condition.factType() + " with " + condition.text();
        return capitalized(what) + "." + place(condition);
    }

    private static String place(RuleCondition condition) {
        return condition.location() == null ? "" : " " + condition.location();
    }

    /** For {@code not} and {@code exists}, what the rule found instead. */
    private static String whatIsThere(String element) {
        return element.startsWith("not ") ? ": there is one" : element.startsWith("exists ") ? ": there is none" : "";
    }

    /** "at least 50 %", "yes", "monthlyBudget below 500"; else the label with the cell's value, or the condition itself. */
    static String needs(RuleCondition condition) {
        Matcher comparison = COMPARISON.matcher(condition.text());
        if (condition.pattern() != null && comparison.matches()) {
            return COMPARATORS.get(comparison.group(2)) + value(comparison.group(3)) + UNITS.getOrDefault(comparison.group(1), "");
        }
        Matcher attribute = ATTRIBUTE_CALL.matcher(condition.text());
        if (attribute.matches()) {
            String test = ATTRIBUTE_TESTS.get(attribute.group(1));
            return attribute.group(2) + (attribute.group(3) == null ? ": " + test : " " + test + attribute.group(3));
        }
        return condition.expected() != null ? condition.label() + " " + condition.expected() : "'" + condition.text() + "'";
    }

    private static String value(String literal) {
        return switch (literal) {
            case "true" -> "yes";
            case "false" -> "no";
            default -> literal.length() > 1 && literal.startsWith("\"") && literal.endsWith("\"") ? literal.substring(1, literal.length() - 1) : literal;
        };
    }

    /** "invoicesTotal" as "invoices total"; a coach's own attribute keeps its name. */
    private static String words(String fact) {
        return WORDS.computeIfAbsent(fact, name -> name.startsWith(FactReads.ATTRIBUTES) ? name.substring(FactReads.ATTRIBUTES.length())
                : CAMEL_CASE.matcher(name).replaceAll("$1 $2").toLowerCase(java.util.Locale.ROOT));
    }

    /** A sentence starts with a capital, unless it starts with a name in camel case (a coach's own attribute), which keeps its spelling. */
    private static String capitalized(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return text;
        }
        for (int i = 1; i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != ':'; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return text;
            }
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
