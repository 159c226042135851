package app.clientfit.audit;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The same questions on PostgreSQL, each test in a schema of its own. */
@ExtendWith(TestPostgres.class)
class PostgresAuditFiringHistoryTests extends AuditFiringHistoryTests {

    @Override
    DataSource dataSource() {
        String schema = TestPostgres.freshSchema();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.urlFor(schema), TestPostgres.USER, TestPostgres.PASSWORD);
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).execute("create schema " + schema);
        return dataSource;
    }
}
