package app.clientfit.audit;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Tells a database that cannot take any record now (unreachable, shut down, out of disk) from one that refuses
 * a single record. The first fails the whole batch at once; the second is retried record by record.
 */
final class StoreFailures {

    // SQLSTATE classes: 08 connection, 53 insufficient resources (53100 disk full), 57 operator intervention
    // (shutdown), 58 system error (I/O), HYT timeout.
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57", "58", "HYT");
    // H2 reports its own codes as the SQLSTATE: I/O errors, a closed database, a read-only one, out of memory,
    // a broken connection, and its general error (how it reports a file that cannot be written).
    private static final Set<Integer> H2_UNAVAILABLE = Set.of(90028, 90031, 90062, 90098, 90097, 90108, 90067, 50000, 90121);
    // SQLite has no SQLSTATE; its result codes: busy and locked (another writer past the busy timeout), out of memory,
    // read-only, I/O error, a damaged file, a full disk, a file that cannot be opened.
    private static final Set<Integer> SQLITE_UNAVAILABLE = Set.of(5, 6, 7, 8, 10, 11, 13, 14);

    private StoreFailures() {
    }

    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof QueryTimeoutException || cause instanceof TransactionTimedOutException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof IOException) {
                return true;
            }
            if (cause instanceof SQLException sql && isUnavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && UNAVAILABLE_CLASSES.stream().anyMatch(state::startsWith)) {
            return true;
        }
        if (sql.getClass().getName().startsWith("org.sqlite.")) {
            return SQLITE_UNAVAILABLE.contains(sql.getErrorCode());
        }
        return H2_UNAVAILABLE.contains(sql.getErrorCode()) || String.valueOf(sql.getMessage()).contains("No space left");
    }
}
