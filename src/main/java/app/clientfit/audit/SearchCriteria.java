package app.clientfit.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.clientfit.storage.StoredInstants;

/**
 * What a search or export selects; every part may be null (no restriction).
 *
 * @param from inclusive
 * @param to   exclusive
 */
record SearchCriteria(String clientId, String verdict, String rule, Instant from, Instant to, String batchId) {

    SearchCriteria(String clientId, String verdict, String rule, Instant from, Instant to) {
        this(clientId, verdict, rule, from, to, null);
    }

    /** The criteria as an SQL condition on {@code evaluation e}, and its arguments in order. */
    record Sql(String where, Object[] arguments) {
    }

    Sql toSql(StoredInstants instants) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (clientId != null) {
            conditions.add("e.client_id = ?");
            arguments.add(clientId);
        }
        if (verdict != null) {
            conditions.add("e.verdict = ?");
            arguments.add(verdict);
        }
        if (rule != null) {
            conditions.add("e.fired_rules like ? escape '\\'");
            arguments.add(FiredRuleNames.likePattern(rule));
        }
        if (batchId != null) {
            conditions.add("e.batch_id = ?");
            arguments.add(batchId);
        }
        if (from != null) {
            conditions.add("e.evaluated_at >= ?");
            arguments.add(instants.bind(from));
        }
        if (to != null) {
            conditions.add("e.evaluated_at < ?");
            arguments.add(instants.bind(to));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new Sql(where, arguments.toArray());
    }
}
