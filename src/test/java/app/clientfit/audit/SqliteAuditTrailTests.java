package app.clientfit.audit;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same audit trail on SQLite in write-ahead-log mode, in a file of its own. */
class SqliteAuditTrailTests extends AuditTrailContract {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry properties) {
        // a folder that does not exist yet: the service creates it
        Path folder = Path.of("target/test-data", UUID.randomUUID().toString(), "data");
        properties.add("spring.datasource.url", () -> ProcessStorage.sqliteUrl(folder.resolve("clientfit.sqlite")));
    }
}
