package app.clientfit.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same audit trail on a real PostgreSQL server, in a schema of its own. */
@ExtendWith(TestPostgres.class)
class PostgresAuditTrailTests extends AuditTrailContract {

    private static final String SCHEMA = TestPostgres.freshSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> TestPostgres.urlFor(SCHEMA));
        properties.add("spring.datasource.username", () -> TestPostgres.USER);
        properties.add("spring.datasource.password", () -> TestPostgres.PASSWORD);
        properties.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestPostgres.URL, TestPostgres.USER, TestPostgres.PASSWORD)) {
            connection.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
