package app.clientfit.rules;

import java.util.List;

/**
 * One condition of a rule, as it can be checked on its own: a filled condition cell of a table row, a
 * constraint of a pattern, or a whole pattern ({@code not}, {@code exists}, {@code accumulate}, {@code from}).
 *
 * @param location "sheet Payment, cell C10" for a cell, "line 16" for DRL
 * @param label    the column's label as the coach wrote it; for DRL, the condition as written
 * @param expected the cell's value, or null for DRL
 * @param pattern  the pattern a constraint belongs to ({@code $c : Client}); null when the condition is a whole element
 * @param text     the constraint, or the whole element, as the engine read it
 * @param requires the elements before it that bind what it uses, in their order (empty when it stands alone)
 */
public record RuleCondition(String location, String label, String expected, String pattern, String text, List<String> requires) {

    public RuleCondition {
        requires = List.copyOf(requires);
    }

    /** The object type a constraint tests ({@code Client} for {@code $c : Client}), or null for a whole element. */
    public String factType() {
        if (pattern == null) {
            return null;
        }
        String type = pattern.substring(pattern.indexOf(':') + 1).trim();
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** The condition as a pattern of its own: {@code $c : Client(invoicesTotal >= 3)}, or the element as it is. */
    public String element() {
        return pattern == null ? text : pattern + "(" + text + ")";
    }
}
