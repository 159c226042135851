package app.clientfit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.spreadsheet.CellLocator;

/** Reads the rules each unit defines and where they live, and refuses a rule name used twice. */
final class RuleDefinitions {

    private RuleDefinitions() {
    }

    /**
     * Reads the rule names and their lines from each unit; the engine keeps neither.
     *
     * @param parsed each unit as already parsed, or null for one that cannot be read
     */
    static List<RuleDefinition> read(List<RuleUnit> units, Function<RuleUnit, PackageDescr> parsed, List<RuleProblem> problems) {
        List<RuleDefinition> definitions = new ArrayList<>();
        Map<String, RuleDefinition> seen = new HashMap<>();
        for (RuleUnit unit : units) {
            PackageDescr descr = parsed.apply(unit);
            if (descr == null) {
                continue; // the engine reports the syntax error with its line
            }
            for (RuleDescr rule : descr.getRules()) {
                RuleDefinition definition = new RuleDefinition(descr.getName(), rule.getName(),
                        unit.file().source(), unit.locate(rule.getLine(), -1));
                RuleDefinition earlier = seen.putIfAbsent(definition.key(), definition);
                if (earlier != null) {
                    problems.add(duplicate(rule.getName(), earlier, definition, unit));
                } else {
                    definitions.add(definition);
                }
            }
        }
        return definitions;
    }

    /** "two rules named 'Late payer' (rows 10 and 11)" within a sheet; with file and place across files. */
    private static RuleProblem duplicate(String name, RuleDefinition earlier, RuleDefinition later, RuleUnit unit) {
        String sheet = unit.sheet() == null || unit.sheet().sheet() == null ? null : "sheet " + unit.sheet().sheet() + ", row ";
        if (sheet != null && earlier.source().equals(later.source()) && earlier.location().startsWith(sheet) && later.location().startsWith(sheet)) {
            int row = Integer.parseInt(later.location().substring(sheet.length()));
            return new RuleProblem(later.source(), CellLocator.nameCell(unit.sheet(), row).orElse(later.location()), "two rules named '"
                    + name + "' (rows " + earlier.location().substring(sheet.length()) + " and " + row + "); rule names must be unique");
        }
        return new RuleProblem(later.source(), later.location(),
                "two rules named '" + name + "' (" + where(earlier) + " and " + where(later) + "); rule names must be unique");
    }

    private static String where(RuleDefinition definition) {
        return definition.source() + (definition.location() == null ? "" : ", " + definition.location());
    }
}
