package app.clientfit.rules.lint;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the rules of each table (and of each DRL file) with each other, from their conditions alone:
 * rows no client can meet, rows that repeat or are covered by another with the same effect, and rows with
 * the same conditions and different effects.
 */
public final class TableLint {

    private TableLint() {
    }

    public static List<LintWarning> check(List<LintRule> rules) {
        Map<String, List<LintRule>> groups = new LinkedHashMap<>();
        rules.forEach(rule -> groups.computeIfAbsent(rule.group(), key -> new ArrayList<>()).add(rule));
        List<LintWarning> warnings = new ArrayList<>();
        groups.values().forEach(group -> warnings.addAll(checkGroup(group)));
        return warnings;
    }

    private static List<LintWarning> checkGroup(List<LintRule> rules) {
        List<ConditionSet> sets = rules.stream().map(ConditionSet::of).toList();
        List<LintWarning> warnings = new ArrayList<>();
        Map<LintCode, Set<Integer>> flagged = new EnumMap<>(LintCode.class);
        for (int i = 0; i < rules.size(); i++) {
            LintRule rule = rules.get(i);
            sets.get(i).impossible().ifPresent(why -> warnings.add(new LintWarning(rule.source(), why.location(), LintCode.IMPOSSIBLE_ROW,
                    "no client can meet " + rule.named() + ": " + why.reason())));
        }
        for (int later = 1; later < rules.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (sets.get(earlier).impossible().isEmpty() && sets.get(later).impossible().isEmpty()) {
                    compare(rules, sets, earlier, later, flagged).ifPresent(warnings::add);
                }
            }
        }
        return warnings;
    }

    private static java.util.Optional<LintWarning> compare(List<LintRule> rules, List<ConditionSet> sets, int earlier, int later,
                                                           Map<LintCode, Set<Integer>> flagged) {
        LintRule first = rules.get(earlier);
        LintRule second = rules.get(later);
        boolean firstCovers = sets.get(earlier).covers(sets.get(later));
        boolean secondCovers = sets.get(later).covers(sets.get(earlier));
        boolean sameEffect = first.effect() != null && Objects.equals(first.effect(), second.effect());
        if (firstCovers && secondCovers && sameEffect) {
            return warn(flagged, LintCode.REDUNDANT_ROW, later, second, second.place() + " repeats " + first.named()
                    + ": the same conditions and the same effect (" + second.effect() + "), so a client who meets them counts twice");
        }
        if (firstCovers && secondCovers && first.table() && second.table() && first.effect() != null && second.effect() != null) {
            return warn(flagged, LintCode.CONFLICTING_ROWS, later, second, second.named() + " has the same conditions as "
                    + first.named() + " but a different effect (" + second.effect() + " here, " + first.effect() + " there), so a client who"
                    + " meets them gets both; keep one");
        }
        if (firstCovers && sameEffect) {
            return warn(flagged, LintCode.REDUNDANT_ROW, later, second, "every client " + second.named() + " matches also matches "
                    + first.named() + ", with the same effect (" + second.effect() + "), so they count twice");
        }
        if (secondCovers && sameEffect) {
            return warn(flagged, LintCode.REDUNDANT_ROW, earlier, first, "every client " + first.named() + " matches also matches "
                    + second.named() + ", with the same effect (" + first.effect() + "), so they count twice");
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<LintWarning> warn(Map<LintCode, Set<Integer>> flagged, LintCode code, int index, LintRule rule,
                                                        String message) {
        if (!flagged.computeIfAbsent(code, key -> new HashSet<>()).add(index)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new LintWarning(rule.source(), rule.location(), code, message));
    }
}
