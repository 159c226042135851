package app.clientfit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

import app.clientfit.rules.lint.LintCondition;
import app.clientfit.rules.lint.LintRule;

/** The rules as the analysis reads them: their conditions, what they do, and the table each belongs to. */
final class LintSubjects {

    private LintSubjects() {
    }

    /** While compiling: with each table row's effect and table, and each DRL rule's consequence. */
    static List<LintRule> of(List<RuleUnit> units, Function<RuleUnit, PackageDescr> parsed, List<RuleConditions> conditions) {
        Map<String, RuleConditions> byKey = conditions.stream().collect(Collectors.toMap(c -> c.rule().key(), c -> c, (a, b) -> a));
        List<LintRule> rules = new ArrayList<>();
        for (RuleUnit unit : units) {
            PackageDescr descr = parsed.apply(unit);
            for (RuleDescr rule : descr == null ? List.<RuleDescr>of() : descr.getRules()) {
                RuleConditions read = byKey.get(RuleDefinition.key(descr.getName(), rule.getName()));
                if (read == null || !read.rule().source().equals(unit.file().source())) {
                    continue;
                }
                if (unit.sheet() == null) {
                    rules.add(rule(read, unit.file().source(), String.valueOf(rule.getConsequence()).replaceAll("\\s+", " ").strip(), false));
                } else {
                    Integer row = unit.sheet().rowOfLine(rule.getLine());
                    String table = unit.file().source() + "|" + unit.sheet().sheet() + "|" + (row == null ? null : unit.sheet().tableName(row));
                    rules.add(rule(read, table, row == null ? null : String.join(", ", unit.sheet().effect(row)), true));
                }
            }
        }
        return rules;
    }

    /** From an active rule set: conditions only, for what the stored history says about them. */
    static List<LintRule> of(List<RuleConditions> conditions) {
        return conditions.stream().map(read -> rule(read, read.rule().source(), null, false)).toList();
    }

    private static LintRule rule(RuleConditions read, String group, String effect, boolean table) {
        RuleDefinition definition = read.rule();
        return new LintRule(definition.source(), group, definition.name(), definition.location(), read.conditions().stream()
                .map(c -> new LintCondition(c.location(), c.label(), c.factType(), c.text())).toList(), effect, table);
    }
}
