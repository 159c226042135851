package app.clientfit.spreadsheet;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a column's template (the code row) against the fact it tests: that its fields and methods
 * exist, and what kind of value ({@code $param}, {@code $1} …) the cells below must hold.
 */
final class TemplateCheck {

    enum Kind { NUMBER, BOOLEAN }

    /**
     * @param expected   the kind of value each parameter needs (0 for {@code $param}, n for {@code $n})
     * @param reasonFact the fact whose fields a reason template ({@code $c.explain("$param")}) may name
     */
    record Result(List<SheetProblem> problems, Map<Integer, Kind> expected, FactType reasonFact) {
    }

    private static final Pattern COMPARISON = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*(==|!=|>=|<=|>|<)\\s*(.+?)\\s*$");
    private static final Pattern CALL = Pattern.compile("^\\s*([A-Za-z_]\\w*)\\s*\\((.*)\\)\\s*$");
    private static final Pattern NUMBER_VARIABLE = Pattern.compile(
            "^\\s*(?:final\\s+)?(int|long|short|double|float|Integer|Long|Short|Double|Float|BigDecimal)\\s+\\w+\\s*=\\s*\\$param\\s*;?\\s*$");
    private static final Pattern BOOLEAN_VARIABLE = Pattern.compile("^\\s*(?:final\\s+)?(boolean|Boolean)\\s+\\w+\\s*=\\s*\\$param\\s*;?\\s*$");
    private static final Pattern METHOD_ON_BINDING = Pattern.compile("(\\$\\w+)\\.(\\w+)\\s*\\(");
    private static final Pattern EXPLAIN = Pattern.compile("(\\$\\w+)\\.explain\\(\\s*\"\\$param\"\\s*\\)");
    private static final Pattern PARAMETER = Pattern.compile("^\\$(param|\\d+)$");

    private TemplateCheck() {
    }

    static Result condition(TableLayout table, TableLayout.Column column, Optional<FactType> fact) {
        List<SheetProblem> problems = new ArrayList<>();
        Map<Integer, Kind> expected = new HashMap<>();
        String where = table.where(table.templateCell(column));
        if (fact.isEmpty()) {
            return new Result(problems, expected, null);
        }
        FactType type = fact.get();
        Matcher comparison = COMPARISON.matcher(column.template());
        Matcher call = CALL.matcher(column.template());
        if (comparison.matches()) {
            String field = comparison.group(1);
            if (!type.hasField(field)) {
                problems.add(new SheetProblem(where, "unknown fact field '" + field + "'" + FactType.didYouMean(type.nearestField(field))));
            } else {
                kindOf(type.fieldType(field)).ifPresent(kind -> parameter(comparison.group(3)).ifPresent(p -> expected.put(p, kind)));
            }
        } else if (call.matches()) {
            String method = call.group(1);
            String[] arguments = call.group(2).isBlank() ? new String[0] : call.group(2).split(",");
            List<Method> candidates = type.methods(method, arguments.length);
            if (!type.hasMethod(method)) {
                problems.add(new SheetProblem(where, "unknown fact method '" + method + "'" + FactType.didYouMean(type.nearestMethod(method))));
            } else if (candidates.size() == 1) {
                Class<?>[] types = candidates.get(0).getParameterTypes();
                for (int i = 0; i < arguments.length; i++) {
                    Optional<Kind> kind = kindOf(types[i]);
                    if (kind.isPresent()) {
                        parameter(arguments[i]).ifPresent(p -> expected.put(p, kind.get()));
                    }
                }
            }
        }
        return new Result(problems, expected, null);
    }

    static Result action(TableLayout table, TableLayout.Column column, Map<String, FactType> bindings) {
        List<SheetProblem> problems = new ArrayList<>();
        Map<Integer, Kind> expected = new HashMap<>();
        String template = column.template();
        if (NUMBER_VARIABLE.matcher(template).matches()) {
            expected.put(0, Kind.NUMBER);
        } else if (BOOLEAN_VARIABLE.matcher(template).matches()) {
            expected.put(0, Kind.BOOLEAN);
        }
        unbalanced(template).ifPresent(message -> problems.add(new SheetProblem(table.where(table.templateCell(column)), message)));
        Matcher calls = METHOD_ON_BINDING.matcher(template);
        while (calls.find()) {
            FactType type = bindings.get(calls.group(1));
            if (type != null && !type.hasMethod(calls.group(2))) {
                problems.add(new SheetProblem(table.where(table.templateCell(column)), "unknown method '" + calls.group(2)
                        + "' on " + type.name() + FactType.didYouMean(type.nearestMethod(calls.group(2)))));
            }
        }
        Matcher explain = EXPLAIN.matcher(template);
        return new Result(problems, expected, explain.find() ? bindings.get(explain.group(1)) : null);
    }

    /** Brackets outside quoted text must pair up; the engine reports a missing one on every rule row. */
    private static Optional<String> unbalanced(String template) {
        int open = 0;
        int close = 0;
        boolean quoted = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '"' && (i == 0 || template.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                open++;
            } else if (!quoted && c == ')') {
                close++;
            }
        }
        if (quoted) {
            return Optional.of("the template has a quote \" that is not closed");
        }
        return open == close ? Optional.empty()
                : Optional.of("the template has " + open + " '(' but " + close + " ')'; " + (open > close ? "a ')' is missing" : "a '(' is missing"));
    }

    /** 0 for {@code $param}, n for {@code $n}; empty when the argument is not a bare parameter. */
    private static Optional<Integer> parameter(String argument) {
        Matcher matcher = PARAMETER.matcher(argument.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of("param".equals(matcher.group(1)) ? 0 : Integer.parseInt(matcher.group(1)));
    }

    private static Optional<Kind> kindOf(Class<?> type) {
        if (type == null) {
            return Optional.empty();
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(Kind.BOOLEAN);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class && type != void.class)) {
            return Optional.of(Kind.NUMBER);
        }
        return Optional.empty();
    }
}
