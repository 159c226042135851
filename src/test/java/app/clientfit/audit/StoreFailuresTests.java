package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;

class StoreFailuresTests {

    @Test
    void shouldTakeAPoolWithoutConnectionsForAnUnavailableDatabase() {
        assertThat(StoreFailures.isUnavailable(new IllegalStateException("commit failed",
                new SQLTransientConnectionException("Connection is not available, request timed out after 2000ms")))).isTrue();
    }

    @Test
    void shouldTakeAServerShutdownForAnUnavailableDatabase() {
        assertThat(StoreFailures.isUnavailable(sql(new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void shouldTakeAFullDiskForAnUnavailableDatabase() {
        assertThat(StoreFailures.isUnavailable(sql(new SQLException("could not extend file: No space left on device", "53100")))).isTrue();
        assertThat(StoreFailures.isUnavailable(sql(new SQLException("General error: No space left on device", "HY000", 50000)))).isTrue();
    }

    @Test
    void shouldTellSqlitesLockedOrReadOnlyFileFromARefusedRecord(@TempDir Path folder) throws Exception {
        String url = ProcessStorage.sqliteUrl(folder.resolve("clientfit.sqlite"));
        try (Connection first = DriverManager.getConnection(url); Connection second = DriverManager.getConnection(url.replace("busy_timeout=5000", "busy_timeout=0"))) {
            first.createStatement().execute("create table t (id integer primary key)");
            first.createStatement().execute("insert into t values (1)");

            assertThat(StoreFailures.isUnavailable(failureOf(first, "insert into t values (1)"))).isFalse();
            first.createStatement().execute("begin exclusive");
            assertThat(StoreFailures.isUnavailable(failureOf(second, "insert into t values (2)"))).isTrue();
            first.createStatement().execute("rollback");
            second.createStatement().execute("pragma query_only = 1");
            assertThat(StoreFailures.isUnavailable(failureOf(second, "insert into t values (3)"))).isTrue();
        }
    }

    private static SQLException failureOf(Connection connection, String statement) {
        try {
            connection.createStatement().execute(statement);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("no failure from " + statement);
    }

    @Test
    void shouldTakeARefusedRecordForARecordError() {
        assertThat(StoreFailures.isUnavailable(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(StoreFailures.isUnavailable(sql(new SQLException("invalid byte sequence for encoding UTF8: 0x00", "22021")))).isFalse();
    }

    private static UncategorizedSQLException sql(SQLException cause) {
        return new UncategorizedSQLException("insert", "insert into evaluation", cause);
    }
}
