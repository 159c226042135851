package app.clientfit.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientfit.rules.RuleDefinition;

/**
 * The rules of one file, or of one sheet of a workbook, for the rules page.
 *
 * @param sheet the sheet's name, or null for a DRL file
 */
record RuleGroup(String source, String sheet, List<RuleDefinition> rules) {

    /** {@code sheet Payment, row 10} names the sheet Payment. */
    private static final Pattern SHEET = Pattern.compile("^sheet (.+?), ");

    /** By file, then by sheet, in the order the rules come. */
    static List<RuleGroup> of(List<RuleDefinition> rules) {
        Map<List<String>, List<RuleDefinition>> groups = new LinkedHashMap<>();
        for (RuleDefinition rule : rules) {
            groups.computeIfAbsent(java.util.Arrays.asList(rule.source(), sheet(rule.location())), key -> new ArrayList<>()).add(rule);
        }
        return groups.entrySet().stream().map(e -> new RuleGroup(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }

    static String sheet(String location) {
        Matcher matcher = location == null ? null : SHEET.matcher(location);
        return matcher != null && matcher.find() ? matcher.group(1) : null;
    }
}
