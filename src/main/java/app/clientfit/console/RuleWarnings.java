package app.clientfit.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientfit.rules.RuleDefinition;
import app.clientfit.rules.problem.RuleProblem;

/** The warnings of the analysis by the rule they are about, to show each next to its rule. */
final class RuleWarnings {

    /** {@code sheet Payment, cell C12} is about the rule of {@code sheet Payment, row 12}. */
    private static final Pattern CELL = Pattern.compile("^(.*)cell [A-Z]+(\\d+)$");

    private RuleWarnings() {
    }

    /** Keyed by {@link #key(RuleDefinition)}; only warnings with a code, and only for rules there are. */
    static Map<String, List<RuleProblem>> byRule(List<RuleDefinition> rules, List<RuleProblem> warnings) {
        Map<String, List<RuleProblem>> byPlace = new HashMap<>();
        warnings.stream().filter(w -> w.code() != null && w.location() != null)
                .forEach(w -> byPlace.computeIfAbsent(w.source() + " " + rowOf(w.location()), key -> new ArrayList<>()).add(w));
        Map<String, List<RuleProblem>> byRule = new HashMap<>();
        rules.forEach(rule -> {
            List<RuleProblem> found = byPlace.get(key(rule));
            if (found != null) {
                byRule.put(key(rule), found);
            }
        });
        return byRule;
    }

    /** The warnings that are not shown next to a rule: those without a code, or about no rule there is. */
    static List<RuleProblem> unplaced(List<RuleDefinition> rules, List<RuleProblem> warnings) {
        java.util.Set<RuleProblem> placed = new java.util.HashSet<>();
        byRule(rules, warnings).values().forEach(placed::addAll);
        return warnings.stream().filter(w -> !placed.contains(w)).toList();
    }

    static String key(RuleDefinition rule) {
        return rule.source() + " " + rule.location();
    }

    private static String rowOf(String location) {
        Matcher cell = CELL.matcher(location);
        return cell.matches() ? cell.group(1) + "row " + cell.group(2) : location;
    }
}
