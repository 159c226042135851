package app.clientfit.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Where a service process keeps its audit trail, and how a test reaches the same database directly. */
record ProcessStorage(String name, Map<String, String> properties, String jdbcUrl, String user, String password) {

    /** The default: H2 in a file under data/ of the process's working folder. */
    static ProcessStorage h2In(Path folder) {
        return new ProcessStorage("H2", Map.of(), "jdbc:h2:file:" + folder.resolve("data/clientfit").toAbsolutePath(), "sa", "");
    }

    /** SQLite in write-ahead-log mode, in a file under data/ of the process's working folder, which the service creates. */
    static ProcessStorage sqliteIn(Path folder) {
        String url = sqliteUrl(folder.resolve("data/clientfit.sqlite").toAbsolutePath());
        return new ProcessStorage("SQLite", Map.of("spring.datasource.url", url), url, null, null);
    }

    /** The URL docs/audit.md gives for SQLite. */
    static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=5000";
    }

    /** The test PostgreSQL server, in a new schema. */
    static ProcessStorage postgres() {
        String schema = TestPostgres.freshSchema();
        String url = TestPostgres.urlFor(schema);
        return new ProcessStorage("PostgreSQL", Map.of("spring.datasource.url", url, "spring.datasource.username", TestPostgres.USER,
                "spring.datasource.password", TestPostgres.PASSWORD, "spring.flyway.schemas", schema), url, TestPostgres.USER, TestPostgres.PASSWORD);
    }

    /** Creates the schema as the service would at start. */
    void migrate() {
        FluentConfiguration flyway = Flyway.configure().dataSource(jdbcUrl, user, password);
        if (properties.containsKey("spring.flyway.schemas")) {
            flyway.schemas(properties.get("spring.flyway.schemas"));
        }
        flyway.load().migrate();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
