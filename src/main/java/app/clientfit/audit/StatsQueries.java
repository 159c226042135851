package app.clientfit.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.clientfit.facts.Verdict;
import app.clientfit.storage.StoredInstants;

/** Counts over the stored evaluations; nothing here names a client. */
@Repository
class StatsQueries {

    private final JdbcTemplate jdbc;
    private final EvaluationCursor cursor;
    private final StoredInstants instants;

    StatsQueries(JdbcTemplate jdbc, EvaluationCursor cursor, StoredInstants instants) {
        this.jdbc = jdbc;
        this.cursor = cursor;
        this.instants = instants;
    }

    RuleStats stats(Instant from, Instant to) {
        SearchCriteria.Sql range = new SearchCriteria(null, null, null, from, to).toSql(instants);
        Map<String, Long> verdicts = new LinkedHashMap<>();
        for (Verdict.Value verdict : Verdict.Value.values()) {
            verdicts.put(verdict.name(), 0L);
        }
        jdbc.query("select e.verdict, count(*) from evaluation e" + range.where() + " group by e.verdict",
                row -> {
                    verdicts.put(row.getString(1), row.getLong(2));
                }, range.arguments());
        Map<String, Long> fired = new HashMap<>();
        cursor.forEachRow("select e.fired_rules from evaluation e" + range.where(),
                row -> FiredRuleNames.of(row.getString(1)).forEach(rule -> fired.merge(rule, 1L, Long::sum)), range.arguments());
        List<RuleStats.RuleCount> rules = fired.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(count -> new RuleStats.RuleCount(count.getKey(), count.getValue())).toList();
        long evaluations = verdicts.values().stream().mapToLong(Long::longValue).sum();
        return new RuleStats(from, to, evaluations, verdicts, rules);
    }
}
