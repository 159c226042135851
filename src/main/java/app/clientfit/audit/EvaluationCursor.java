package app.clientfit.audit;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads many stored rows without holding them all: through a database cursor, a fetch size at a time, inside a
 * read-only transaction (PostgreSQL uses a cursor only inside one; outside it reads the whole result first).
 */
@Component
class EvaluationCursor {

    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;

    @Autowired
    EvaluationCursor(DataSource dataSource, PlatformTransactionManager transactions, AuditProperties properties) {
        this(dataSource, transactions, properties.exportFetchSize());
    }

    EvaluationCursor(DataSource dataSource, PlatformTransactionManager transactions, int fetchSize) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(fetchSize);
        // No time limit for a cursor read: H2 keeps a statement's timeout on its session, so a pooled connection that last
        // served a commit (10 s) would cancel a long export or replay halfway without this.
        this.cursor.setQueryTimeout(0);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Hands every row to the handler, one at a time. */
    void forEachRow(String sql, RowCallbackHandler handler, Object... arguments) {
        readOnly.executeWithoutResult(status -> cursor.query(sql, handler, arguments));
    }

    /** Lets the extractor read as many rows as it needs; it may stop early. */
    <T> T read(String sql, ResultSetExtractor<T> extractor, Object... arguments) {
        return readOnly.execute(status -> cursor.query(sql, extractor, arguments));
    }
}
