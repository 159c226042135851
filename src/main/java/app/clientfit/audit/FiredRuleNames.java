package app.clientfit.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules that fired, as kept in an evaluation's {@code fired_rules} column: the answer's JSON array of
 * {@code {"rule": name, "source": ..., "location": ...}} in firing order. It is the only place they are stored (a
 * row per fired rule made every commit rewrite as many index pages as rules fired), so the search by rule matches
 * the column's text and the counts read it.
 */
final class FiredRuleNames {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FiredRuleNames() {
    }

    /**
     * A {@code LIKE ? ESCAPE '\'} pattern that matches the column exactly when the rule is among the fired ones: the
     * name as the JSON writer quotes it, closing quote included, so "Late payer" does not match "Late payer 2".
     */
    static String likePattern(String rule) {
        String quoted = "{\"rule\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(rule)) + "\"";
        return "%" + quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The names in firing order. */
    static List<String> of(String firedRules) {
        try {
            List<String> names = new ArrayList<>();
            for (JsonNode rule : JSON.readTree(firedRules)) {
                names.add(rule.path("rule").asText());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("a stored evaluation's fired rules are not JSON", e);
        }
    }
}
