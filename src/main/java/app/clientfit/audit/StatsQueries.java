package app.clientfit.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.clientfit.facts.Verdict;

/** Counts over the stored evaluations; nothing here names a client. */
@Repository
class StatsQueries {

    private final JdbcTemplate jdbc;

    StatsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    RuleStats stats(Instant from, Instant to) {
        SearchCriteria.Sql range = new SearchCriteria(null, null, null, from, to).toSql();
        Map<String, Long> verdicts = new LinkedHashMap<>();
        for (Verdict.Value verdict : Verdict.Value.values()) {
            verdicts.put(verdict.name(), 0L);
        }
        jdbc.query("select e.verdict, count(*) from evaluation e" + range.where() + " group by e.verdict",
                row -> {
                    verdicts.put(row.getString(1), row.getLong(2));
                }, range.arguments());
        List<RuleStats.RuleCount> rules = jdbc.query("select f.rule_name, count(*) from fired_rule f join evaluation e on e.id = f.evaluation_id"
                        + range.where() + " group by f.rule_name order by count(*) desc, f.rule_name",
                (row, n) -> new RuleStats.RuleCount(row.getString(1), row.getLong(2)), range.arguments());
        long evaluations = verdicts.values().stream().mapToLong(Long::longValue).sum();
        return new RuleStats(from, to, evaluations, verdicts, rules);
    }
}
