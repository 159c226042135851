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
        Map<String, RuleLocation> places = new HashMap<>();
        for (RuleUnit unit : units) {
            PackageDescr descr = parsed.apply(unit);
            if (descr == null) {
                continue; // the engine reports the syntax error with its line
            }
            for (RuleDescr rule : descr.getRules()) {
                RuleLocation place = unit.location(rule.getLine(), -1);
                RuleDefinition definition = new RuleDefinition(descr.getName(), rule.getName(), unit.file().source(), place.text());
                RuleDefinition earlier = seen.putIfAbsent(definition.key(), definition);
                if (earlier != null) {
                    problems.add(duplicate(rule.getName(), earlier, places.get(definition.key()), definition, place, unit));
                } else {
                    places.put(definition.key(), place);
                    definitions.add(definition);
                }
            }
        }
        return definitions;
    }

    /** "two rules named 'Late payer' (rows 10 and 11)" within a sheet; with file and place across files. */
    private static RuleProblem duplicate(String name, RuleDefinition earlier, RuleLocation earlierPlace, RuleDefinition later,
                                         RuleLocation laterPlace, RuleUnit unit) {
        if (earlier.source().equals(later.source()) && earlierPlace.sameSheetAs(laterPlace)) {
            int row = laterPlace.row();
            return new RuleProblem(later.source(), CellLocator.nameCell(unit.sheet(), row).orElse(later.location()), "two rules named '"
                    + name + "' (rows " + earlierPlace.row() + " and " + row + "); rule names must be unique");
        }
        return new RuleProblem(later.source(), later.location(),
                "two rules named '" + name + "' (" + where(earlier) + " and " + where(later) + "); rule names must be unique");
    }

    private static String where(RuleDefinition definition) {
        return definition.source() + (definition.location() == null ? "" : ", " + definition.location());
    }
}
