package app.clientfit.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How often each verdict was given and each rule fired in a time range.
 *
 * @param from        inclusive, or null for since the beginning
 * @param to          exclusive, or null for until now
 * @param evaluations stored evaluations in the range
 * @param rules       most frequent first
 */
public record RuleStats(Instant from, Instant to, long evaluations, Map<String, Long> verdicts, List<RuleCount> rules) {

    /** @param fired how many times the rule fired */
    public record RuleCount(String rule, long fired) {
    }
}
