package app.clientfit.rules.lint;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** What the stored evaluations say about the rules: kept by the audit, absent when it is off. */
public interface FiringHistory {

    /**
     * What the evaluations since a moment show, or empty when the stored history does not reach back that far
     * (no rule set was activated before it) or holds no evaluation since.
     *
     * @param rules the rule names to ask about
     * @param facts the client facts (JSON field names) to ask about
     */
    Optional<Period> since(Instant since, Collection<String> rules, Collection<String> facts);

    /**
     * @param firedRules of the rules asked about, those that fired at least once
     * @param givenFacts of the facts asked about, those that at least one evaluation gave
     */
    record Period(Set<String> firedRules, Set<String> givenFacts) {
    }
}
