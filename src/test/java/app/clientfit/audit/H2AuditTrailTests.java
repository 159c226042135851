package app.clientfit.audit;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same audit trail on H2 in a file, the default of earlier versions and still a store by configuration. */
class H2AuditTrailTests extends AuditTrailContract {

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> ProcessStorage.h2Url(Path.of("target/test-data", UUID.randomUUID().toString(), "clientfit").toAbsolutePath()));
    }
}
