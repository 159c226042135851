package app.clientfit.spreadsheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Checks the head of a table's condition columns: that the fact type of the object row is known, and
 * that each condition template can be read on its own (a stray bracket in a template would otherwise be
 * reported against some rule row far below).
 */
final class PatternChecks {

    private static final Pattern TYPE = Pattern.compile("^\\s*(?:\\$?\\w+\\s*:\\s*)?([A-Za-z_][\\w.]*)");
    private static final Pattern TOKEN = Pattern.compile("input '(.+?)'");

    private PatternChecks() {
    }

    static List<SheetProblem> check(TableLayout table) {
        List<SheetProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableLayout.Column column : table.columns()) {
            if (!HeaderKeywords.isCondition(column.keyword()) || column.objectType().isEmpty()) {
                continue;
            }
            Matcher type = TYPE.matcher(column.objectType());
            String cell = table.where(TableLayout.cell(table.startRow() + TableLayout.OBJECT_ROW, column.index()));
            if (type.find() && seen.add(column.objectType()) && !known(type.group(1), table.imports())) {
                problems.add(new SheetProblem(cell, "unknown fact type '" + type.group(1) + "'" + FactType.didYouMean(
                        FactType.nearest(type.group(1), table.imports().stream().map(i -> i.substring(i.lastIndexOf('.') + 1)).toList()))));
            } else if (!column.template().isEmpty()) {
                unreadable(column).ifPresent(message -> problems.add(new SheetProblem(table.where(table.templateCell(column)), message)));
            }
        }
        return problems;
    }

    private static boolean known(String type, List<String> imports) {
        if (FactType.resolve(type, imports).isPresent()) {
            return true;
        }
        try {
            Class.forName("java.lang." + type);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Parses the template with a sample value inside its pattern; says what cannot be read. */
    private static Optional<String> unreadable(TableLayout.Column column) {
        String sample = column.template().replace("$param", "1").replaceAll("\\$\\d+", "1");
        String drl = "package check;\nrule \"template\"\nwhen\n" + column.objectType() + "(" + sample + ")\nthen\nend\n";
        try {
            DrlParser parser = new DrlParser();
            parser.parse(false, drl);
            if (!parser.hasErrors()) {
                return Optional.empty();
            }
            Matcher token = TOKEN.matcher(parser.getErrors().get(0).getMessage());
            return Optional.of("the template '" + column.template() + "' cannot be read"
                    + (token.find() ? ": '" + token.group(1) + "' is not expected" : ""));
        } catch (DroolsParserException | RuntimeException e) {
            return Optional.of("the template '" + column.template() + "' cannot be read");
        }
    }
}
