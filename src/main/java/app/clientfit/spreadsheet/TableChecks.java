package app.clientfit.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the engine lets through or reports only against its generated rules, checked on the sheet itself
 * so that the error names the cell: unknown header keywords, unknown fact fields and methods in
 * templates, text where a number or true/false belongs, unknown fields in reasons, repeated rule names.
 */
final class TableChecks {

    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$\\w+)\\s*:\\s*([A-Za-z_][\\w.]*)");
    private static final Pattern TYPE = Pattern.compile("^\\s*(?:\\$?\\w+\\s*:\\s*)?([A-Za-z_][\\w.]*)");
    private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+(\\.\\d+)?$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");

    private TableChecks() {
    }

    static List<SheetProblem> check(TableLayout table) {
        List<SheetProblem> problems = new ArrayList<>();
        Map<String, FactType> bindings = bindings(table);
        Map<TableLayout.Column, TemplateCheck.Result> templates = new LinkedHashMap<>();
        for (TableLayout.Column column : table.columns()) {
            if (!HeaderKeywords.isKnown(column.keyword())) {
                problems.add(new SheetProblem(table.where(table.keywordCell(column)), HeaderKeywords.problem(column.keyword())));
            } else if (HeaderKeywords.isCondition(column.keyword()) && !column.template().isEmpty()) {
                templates.put(column, TemplateCheck.condition(table, column, factOf(column.objectType(), table.imports())));
            } else if (HeaderKeywords.isAction(column.keyword()) && !column.template().isEmpty()) {
                templates.put(column, TemplateCheck.action(table, column, bindings));
            }
        }
        templates.values().forEach(result -> problems.addAll(result.problems()));
        if (problems.isEmpty()) {
            problems.addAll(PatternChecks.check(table));
        }
        if (!problems.isEmpty()) {
            return problems; // the cells below a broken header cannot be judged
        }
        for (TableLayout.DataRow row : table.rows()) {
            templates.forEach((column, result) -> {
                String value = row.values().get(column.index());
                if (value != null) {
                    String where = table.where(TableLayout.cell(row.index(), column.index()));
                    values(value, result.expected()).ifPresent(message -> problems.add(new SheetProblem(where, message)));
                    if (result.reasonFact() != null) {
                        placeholders(value, result.reasonFact()).forEach(message -> problems.add(new SheetProblem(where, message)));
                    }
                }
            });
        }
        problems.addAll(duplicateNames(table));
        return problems;
    }

    /** The kind each parameter needs, checked against the cell; {@code $1, $2} split at commas as the engine does. */
    private static Optional<String> values(String value, Map<Integer, TemplateCheck.Kind> expected) {
        String[] parts = value.split(",", -1);
        for (Map.Entry<Integer, TemplateCheck.Kind> entry : expected.entrySet()) {
            int index = entry.getKey() == 0 ? -1 : entry.getKey() - 1;
            String part = index < 0 ? value.trim() : index < parts.length ? parts[index].trim() : "";
            if (entry.getValue() == TemplateCheck.Kind.NUMBER && !NUMBER.matcher(part).matches()) {
                return Optional.of("'" + part + "' is not a number" + hint(part) + (index < 0 ? "" : " (value " + (index + 1) + " of '" + value + "')"));
            }
            if (entry.getValue() == TemplateCheck.Kind.BOOLEAN && !part.equals("true") && !part.equals("false")) {
                return Optional.of("'" + part + "' is not true or false");
            }
        }
        return Optional.empty();
    }

    private static String hint(String value) {
        if (value.matches("^[-+]?\\d+,\\d+$")) {
            return "; write " + value.replace(',', '.') + " with a point";
        }
        if (value.matches("^[-+]?\\d{1,3}([ .']\\d{3})+$")) {
            return "; write " + value.replaceAll("[ .']", "") + " without separators";
        }
        return "";
    }

    private static List<String> placeholders(String reason, FactType fact) {
        List<String> problems = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(reason);
        while (matcher.find()) {
            String name = matcher.group(1);
            String field = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            Class<?> type = fact.fieldType(field);
            boolean known = name.contains(".") ? type != null && Map.class.isAssignableFrom(type) : fact.hasField(name);
            if (!known) {
                problems.add("unknown fact field '" + name + "' in the reason" + FactType.didYouMean(fact.nearestField(name)));
            }
        }
        return problems;
    }

    /** "two rules named 'Late payer' (rows 10 and 11)", at the second one's name cell. */
    private static List<SheetProblem> duplicateNames(TableLayout table) {
        List<SheetProblem> problems = new ArrayList<>();
        Optional<TableLayout.Column> names = table.nameColumn();
        if (names.isEmpty()) {
            return problems;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (TableLayout.DataRow row : table.rows()) {
            String name = row.values().get(names.get().index());
            if (name == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(name, row.number());
            if (earlier != null) {
                problems.add(new SheetProblem(table.where(TableLayout.cell(row.index(), names.get().index())),
                        "two rules named '" + name + "' (rows " + earlier + " and " + row.number() + "); rule names must be unique"));
            }
        }
        return problems;
    }

    private static Map<String, FactType> bindings(TableLayout table) {
        Map<String, FactType> bindings = new HashMap<>();
        for (TableLayout.Column column : table.columns()) {
            Matcher matcher = BINDING.matcher(column.objectType());
            if (matcher.find()) {
                FactType.resolve(matcher.group(2), table.imports()).ifPresent(type -> bindings.put(matcher.group(1), type));
            }
        }
        return bindings;
    }

    private static Optional<FactType> factOf(String objectType, List<String> imports) {
        Matcher matcher = TYPE.matcher(objectType);
        return matcher.find() ? FactType.resolve(matcher.group(1), imports) : Optional.empty();
    }
}
