package app.clientfit.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The same questions on SQLite, each test in a file of its own. */
class SqliteAuditFiringHistoryTests extends AuditFiringHistoryTests {

    @Override
    DataSource dataSource() {
        try {
            Path folder = Files.createDirectories(Path.of("target/test-data", UUID.randomUUID().toString()));
            return new DriverManagerDataSource(ProcessStorage.sqliteUrl(folder.resolve("clientfit.sqlite")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
