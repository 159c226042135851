package app.clientfit.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import app.clientfit.storage.SqliteFolder;

/** Where a service process keeps its audit trail, and how a test reaches the same database directly. */
record ProcessStorage(String name, Map<String, String> properties, String jdbcUrl, String user, String password) {

    /** The default, nothing set: SQLite in a file under data/ of the process's working folder, which the service creates. */
    static ProcessStorage defaultIn(Path folder) {
        return new ProcessStorage("SQLite", Map.of(), sqliteUrl(folder.resolve("data/clientfit.sqlite").toAbsolutePath()), null, null);
    }

    /** H2 in a file under data/ of the process's working folder, the default of earlier versions. */
    static ProcessStorage h2In(Path folder) {
        String url = h2Url(folder.resolve("data/clientfit").toAbsolutePath());
        return new ProcessStorage("H2", Map.of("spring.datasource.url", url), url, "sa", "");
    }

    /** The default URL's settings for a SQLite file. */
    static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=5000&wal_autocheckpoint=0";
    }

    /** The URL docs/audit.md gives for H2; the file is {@code base.mv.db}. */
    static String h2Url(Path base) {
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The test PostgreSQL server, in a new schema. */
    static ProcessStorage postgres() {
        String schema = TestPostgres.freshSchema();
        String url = TestPostgres.urlFor(schema);
        return new ProcessStorage("PostgreSQL", Map.of("spring.datasource.url", url, "spring.datasource.username", TestPostgres.USER,
                "spring.datasource.password", TestPostgres.PASSWORD, "spring.flyway.schemas", schema), url, TestPostgres.USER, TestPostgres.PASSWORD);
    }

    /** Creates the schema as the service would at start. */
    void migrate() throws java.io.IOException {
        Optional<Path> sqliteFile = SqliteFolder.fileOf(jdbcUrl);
        if (sqliteFile.isPresent()) {
            Files.createDirectories(sqliteFile.get().getParent());
        }
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
