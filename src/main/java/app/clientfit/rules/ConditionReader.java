package app.clientfit.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

import app.clientfit.spreadsheet.ConditionCell;

/**
 * Reads the conditions of every rule while the rule set is compiled, so that a rule that did not fire can
 * later say which of them failed: a table rule one per filled condition cell, a DRL rule one per constraint
 * of a plain pattern and one per other element ({@code not}, {@code exists}, {@code accumulate}, {@code from}).
 */
final class ConditionReader {

    private static final Pattern VARIABLE = Pattern.compile("\\$[\\w]+");
    private static final Pattern BINDING = Pattern.compile("(\\$[\\w]+)\\s*:(?!=)");

    private ConditionReader() {
    }

    static List<RuleConditions> read(List<RuleUnit> units, Function<RuleUnit, PackageDescr> parsed, List<RuleDefinition> definitions) {
        Map<String, RuleDefinition> byKey = definitions.stream().collect(Collectors.toMap(RuleDefinition::key, d -> d, (a, b) -> a));
        List<RuleConditions> all = new ArrayList<>();
        for (RuleUnit unit : units) {
            PackageDescr descr = parsed.apply(unit);
            if (descr == null) {
                continue;
            }
            String header = withoutRules(unit.drl(), descr.getRules());
            for (RuleDescr rule : descr.getRules()) {
                RuleDefinition definition = byKey.get(RuleDefinition.key(descr.getName(), rule.getName()));
                if (definition != null && !(rule instanceof QueryDescr)) {
                    List<RuleCondition> conditions = elements(rule, unit);
                    all.add(new RuleConditions(definition, header, unit.sheet() == null ? conditions : withCells(rule, unit, conditions)));
                }
            }
        }
        return all;
    }

    private static List<RuleCondition> elements(RuleDescr rule, RuleUnit unit) {
        List<RuleCondition> conditions = new ArrayList<>();
        List<String> earlier = new ArrayList<>();
        for (BaseDescr element : rule.getLhs().getDescrs()) {
            String text = text(unit.drl(), element);
            Set<String> uses = used(text);
            List<String> requires = earlier.stream().filter(before -> bound(before).stream().anyMatch(uses::contains)).toList();
            if (element instanceof PatternDescr pattern && splits(pattern, requires)) {
                String head = (pattern.getIdentifier() == null ? "" : pattern.getIdentifier() + " : ") + pattern.getObjectType();
                for (BaseDescr constraint : pattern.getDescrs()) {
                    String expression = ((ExprConstraintDescr) constraint).getExpression();
                    conditions.add(new RuleCondition(unit.locate(constraint.getLine(), -1), expression, null, head, expression, List.of()));
                }
            } else {
                conditions.add(new RuleCondition(unit.locate(element.getLine(), -1), text, null, null, text, requires));
            }
            earlier.add(text);
        }
        return conditions;
    }

    /** A plain pattern whose constraints stand alone is checked constraint by constraint. */
    private static boolean splits(PatternDescr pattern, List<String> requires) {
        return requires.isEmpty() && pattern.getSource() == null && !pattern.getDescrs().isEmpty()
                && pattern.getDescrs().stream().allMatch(c -> c instanceof ExprConstraintDescr e && !e.getExpression().contains("$"));
    }

    /** The table's cells, when each condition of the row stands for one filled cell; otherwise the row's DRL conditions. */
    private static List<RuleCondition> withCells(RuleDescr rule, RuleUnit unit, List<RuleCondition> conditions) {
        Integer row = unit.sheet().rowOfLine(rule.getLine());
        List<ConditionCell> cells = row == null ? List.of() : unit.sheet().conditionCells(row);
        if (cells.size() != conditions.size()) {
            return conditions;
        }
        return IntStream.range(0, cells.size()).mapToObj(i -> {
            RuleCondition condition = conditions.get(i);
            ConditionCell cell = cells.get(i);
            return new RuleCondition(cell.location(), cell.label(), cell.value(), condition.pattern(), condition.text(), condition.requires());
        }).toList();
    }

    private static String text(String drl, BaseDescr element) {
        int start = element.getStartCharacter();
        int end = element.getEndCharacter();
        return start >= 0 && end > start && end <= drl.length() ? drl.substring(start, end).strip() : element.toString();
    }

    private static Set<String> bound(String text) {
        Set<String> names = new HashSet<>();
        Matcher matcher = BINDING.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Set<String> used(String text) {
        Set<String> names = new HashSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        names.removeAll(bound(text));
        return names;
    }

    /** The unit with its rules cut out, keeping what they compile against. */
    private static String withoutRules(String drl, List<RuleDescr> rules) {
        StringBuilder header = new StringBuilder();
        int from = 0;
        for (RuleDescr rule : rules.stream().sorted(java.util.Comparator.comparingInt(RuleDescr::getStartCharacter)).toList()) {
            if (rule.getStartCharacter() < from || rule.getEndCharacter() > drl.length()) {
                continue;
            }
            header.append(drl, from, rule.getStartCharacter()).append('\n');
            from = rule.getEndCharacter();
        }
        return header.append(drl.substring(Math.min(from, drl.length()))).toString();
    }
}
