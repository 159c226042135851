package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import app.clientfit.storage.StoredInstants;

/** A service started on SQLite next to an earlier H2 trail serves that trail's records from its first request on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2TrailCarryOverStartTests {

    private static final Path DATA = Path.of("target/test-data", UUID.randomUUID().toString(), "data").toAbsolutePath();
    private static String carriedId;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void sqliteBesideAnH2Trail(DynamicPropertyRegistry properties) {
        String h2Url = ProcessStorage.h2Url(DATA.resolve("clientfit"));
        DriverManagerDataSource h2 = new DriverManagerDataSource(h2Url, "sa", "");
        Flyway.configure().dataSource(h2).load().migrate();
        carriedId = new StoredTables(new JdbcTemplate(h2), new StoredInstants(h2Url)).insertEvaluationOf("Bäckerei Groß", Instant.now());
        new JdbcTemplate(h2).execute("shutdown");
        properties.add("spring.datasource.url", () -> ProcessStorage.sqliteUrl(DATA.resolve("clientfit.sqlite")));
        properties.add("clientfit.audit.carry-over-from", () -> DATA.resolve("clientfit.mv.db").toString());
    }

    @Test
    void shouldServeTheCarriedRecordsAndKeepTheH2File() {
        ResponseEntity<JsonNode> stored = http.withBasicAuth("auditor", "auditor-demo").getForEntity("/api/evaluations/" + carriedId, JsonNode.class);

        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stored.getBody().get("clientId").asText()).isEqualTo("Bäckerei Groß");
        assertThat(DATA.resolve("clientfit.mv.db")).doesNotExist();
        assertThat(DATA.toFile().list((dir, name) -> name.startsWith("clientfit-carried-over-") && name.endsWith(".mv.db"))).hasSize(1);
    }
}
