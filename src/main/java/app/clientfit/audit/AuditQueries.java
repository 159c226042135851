package app.clientfit.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import app.clientfit.storage.StoredInstants;

/** Finds, searches and streams stored evaluations, newest first. */
@Repository
class AuditQueries {

    private static final String ORDER = " order by e.evaluated_at desc, e.id desc";

    private final JdbcTemplate jdbc;
    private final EvaluationCursor cursor;
    private final RecordRows rows;
    private final StoredInstants instants;

    AuditQueries(DataSource dataSource, EvaluationCursor cursor, RecordRows rows, StoredInstants instants) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.cursor = cursor;
        this.rows = rows;
        this.instants = instants;
    }

    Optional<EvaluationRecord> find(UUID id) {
        return jdbc.query("select " + RecordRows.COLUMNS + " from evaluation e where e.id = ?", rows, id).stream().findFirst();
    }

    PageView<EvaluationRecord> search(SearchCriteria criteria, int page, int size) {
        SearchCriteria.Sql sql = criteria.toSql(instants);
        Long total = jdbc.queryForObject("select count(*) from evaluation e" + sql.where(), Long.class, sql.arguments());
        Object[] arguments = append(sql.arguments(), size, (long) page * size);
        List<EvaluationRecord> content = jdbc.query("select " + RecordRows.COLUMNS + " from evaluation e" + sql.where() + ORDER
                + " limit ? offset ?", rows, arguments);
        return PageView.of(content, page, size, total == null ? 0 : total);
    }

    /**
     * Hands every matching record to the consumer, one at a time, without holding them all: the rows
     * come through a cursor, a fetch size at a time (PostgreSQL uses a cursor only inside a transaction).
     */
    void forEach(SearchCriteria criteria, Consumer<EvaluationRecord> consumer) {
        SearchCriteria.Sql sql = criteria.toSql(instants);
        cursor.forEachRow("select " + RecordRows.COLUMNS + " from evaluation e" + sql.where() + ORDER,
                row -> consumer.accept(rows.mapRow(row, 0)), sql.arguments());
    }

    /**
     * Hands the latest record of every client evaluated in {@code [from, to)} to the consumer, by client id, through
     * the same cursor as {@link #forEach}: erased clients have no records left, so none of them is handed over.
     */
    void forEachLatestPerClient(Instant from, Instant to, Consumer<EvaluationRecord> consumer) {
        String sql = "select " + RecordRows.COLUMNS + " from evaluation e where e.evaluated_at >= ? and e.evaluated_at < ?"
                + " and not exists (select 1 from evaluation n where n.client_id = e.client_id and n.evaluated_at < ?"
                + " and (n.evaluated_at > e.evaluated_at or (n.evaluated_at = e.evaluated_at and n.id > e.id)))"
                + " order by e.client_id";
        Object[] arguments = {instants.bind(from), instants.bind(to), instants.bind(to)};
        cursor.forEachRow(sql, row -> consumer.accept(rows.mapRow(row, 0)), arguments);
    }

    private static Object[] append(Object[] arguments, Object... more) {
        Object[] all = new Object[arguments.length + more.length];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        System.arraycopy(more, 0, all, arguments.length, more.length);
        return all;
    }
}
