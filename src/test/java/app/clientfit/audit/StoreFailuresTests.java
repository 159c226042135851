package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
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
    void shouldTakeARefusedRecordForARecordError() {
        assertThat(StoreFailures.isUnavailable(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(StoreFailures.isUnavailable(sql(new SQLException("invalid byte sequence for encoding UTF8: 0x00", "22021")))).isFalse();
    }

    private static UncategorizedSQLException sql(SQLException cause) {
        return new UncategorizedSQLException("insert", "insert into evaluation", cause);
    }
}
