package app.clientfit.rules.lint;

import java.util.List;

/**
 * A rule as the analysis sees it.
 *
 * @param group      rules compared with each other: one table of a sheet, or one DRL file
 * @param location   {@code sheet Payment, row 12} or {@code line 8}
 * @param conditions in the order they are written
 * @param effect     what the rule does when it fires, comparable between the rules of a group; null when unknown
 * @param table      whether it is a row of a decision table (rows with equal conditions and different effects conflict)
 */
public record LintRule(String source, String group, String name, String location, List<LintCondition> conditions, String effect,
                       boolean table) {

    public LintRule {
        conditions = List.copyOf(conditions);
    }

    /** "row 12" or "line 8": how a message names this rule next to another of its table. */
    String place() {
        return location == null ? "'" + name + "'" : location.substring(location.lastIndexOf(", ") + 1).strip();
    }

    /** "row 12 ('Late payer')". */
    String named() {
        return place() + " ('" + name + "')";
    }
}
