package app.clientfit.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.clientfit.rules.lint.FiringHistory;
import app.clientfit.storage.StoredInstants;

/** Which rules fired and which facts were given, from the stored evaluations; only where the audit is on. */
@Repository
@Conditional(AuditEnabled.class)
class AuditFiringHistory implements FiringHistory {

    private final JdbcTemplate jdbc;
    private final EvaluationCursor cursor;
    private final StoredInstants instants;

    AuditFiringHistory(JdbcTemplate jdbc, EvaluationCursor cursor, StoredInstants instants) {
        this.jdbc = jdbc;
        this.cursor = cursor;
        this.instants = instants;
    }

    @Override
    public Optional<Period> since(Instant since, Collection<String> rules, Collection<String> facts) {
        Object from = instants.bind(since);
        boolean covered = !jdbc.queryForList("select 1 from ruleset_version where first_activated_at <= ? limit 1",
                Integer.class, from).isEmpty();
        if (!covered || !exists("", from)) {
            return Optional.empty();
        }
        Set<String> fired = firedAmong(Set.copyOf(rules), from);
        Set<String> given = new TreeSet<>();
        // the facts are kept as they were posted: a field that was given is named in them
        facts.stream().filter(fact -> exists(" and facts like ?", from, "%\"" + fact + "\"%")).forEach(given::add);
        return Optional.of(new Period(fired, given));
    }

    /** Reads the fired rules of the period until every asked-for rule was seen, or to its end. */
    private Set<String> firedAmong(Set<String> rules, Object from) {
        Set<String> fired = new HashSet<>();
        return cursor.read("select fired_rules from evaluation where evaluated_at >= ?", rows -> {
            while (fired.size() < rules.size() && rows.next()) {
                FiredRuleNames.of(rows.getString(1)).stream().filter(rules::contains).forEach(fired::add);
            }
            return fired;
        }, from);
    }

    private boolean exists(String condition, Object... arguments) {
        return !jdbc.queryForList("select 1 from evaluation where evaluated_at >= ?" + condition + " limit 1", Integer.class,
                arguments).isEmpty();
    }
}
