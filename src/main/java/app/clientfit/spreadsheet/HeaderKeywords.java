package app.clientfit.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The column headers a decision table knows. The engine accepts any word whose first letter is a known
 * one ({@code ACTON}, {@code Cond.}), which hides typos; this check accepts only the full keyword or
 * its one-letter short form.
 */
final class HeaderKeywords {

    static final List<String> KEYWORDS = List.of("CONDITION", "ACTION", "NAME", "DESCRIPTION", "PRIORITY", "DURATION",
            "TIMER", "CALENDARS", "NO-LOOP", "LOCK-ON-ACTIVE", "AUTO-FOCUS", "ACTIVATION-GROUP", "AGENDA-GROUP",
            "RULEFLOW-GROUP", "DATE-EFFECTIVE", "DATE-EXPIRES", "METADATA");
    private static final Set<String> SHORT_FORMS = Set.of("C", "A", "N", "I", "P", "D", "T", "E", "U", "L", "F", "X", "G",
            "R", "V", "Z", "@");

    private HeaderKeywords() {
    }

    static boolean isKnown(String header) {
        String upper = normal(header);
        return KEYWORDS.contains(upper) || SHORT_FORMS.contains(upper);
    }

    static boolean isCondition(String header) {
        return is(header, "CONDITION", "C");
    }

    static boolean isAction(String header) {
        return is(header, "ACTION", "A");
    }

    static boolean isName(String header) {
        return is(header, "NAME", "N");
    }

    /** "column header 'ACTON' is not a known keyword — did you mean 'ACTION'?" */
    static String problem(String header) {
        String written = normal(header).replaceAll("\\.$", "");
        Optional<String> nearest = KEYWORDS.stream().filter(k -> written.length() > 1 && k.startsWith(written)).findFirst()
                .or(() -> FactType.nearest(written, KEYWORDS));
        return "column header '" + header.trim() + "' is not a known keyword" + nearest.map(k -> " — did you mean '" + k + "'?")
                .orElse(" (use CONDITION, ACTION, NAME or another decision-table keyword)");
    }

    private static boolean is(String header, String keyword, String shortForm) {
        String upper = normal(header);
        return upper.equals(keyword) || upper.equals(shortForm);
    }

    private static String normal(String header) {
        return header == null ? "" : header.trim().toUpperCase(Locale.ROOT);
    }
}
