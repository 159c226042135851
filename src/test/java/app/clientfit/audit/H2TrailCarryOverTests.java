package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.storage.StoredInstants;

/** An audit trail an earlier version kept in H2 comes over into SQLite whole, once, and the H2 file is kept. */
class H2TrailCarryOverTests {

    private static final Instant NOW = Instant.parse("2026-12-02T16:00:00Z");
    private static final String VERSION = "a1b2c3d4e5f6";

    @TempDir
    Path folder;

    private Path h2File;
    private String h2Url;
    private DataSource sqlite;
    private StoredInstants sqliteInstants;

    @BeforeEach
    void stores() throws Exception {
        Files.createDirectories(folder.resolve("data"));
        h2File = folder.resolve("data/clientfit.mv.db");
        h2Url = ProcessStorage.h2Url(folder.resolve("data/clientfit").toAbsolutePath());
        String sqliteUrl = ProcessStorage.sqliteUrl(folder.resolve("data/clientfit.sqlite").toAbsolutePath());
        sqlite = new DriverManagerDataSource(sqliteUrl);
        sqliteInstants = new StoredInstants(sqliteUrl);
    }

    @Test
    void shouldCarryEveryRecordAndRuleVersionOverAsTheServiceReadsThem() throws Exception {
        DataSource h2 = h2Trail(null);
        StoredInstants h2Instants = new StoredInstants(h2Url);
        StoredTables h2Tables = new StoredTables(new JdbcTemplate(h2), h2Instants);
        List<String> ids = List.of(h2Tables.insertEvaluationOf("kunde-ä-1", NOW.minusSeconds(60)),
                h2Tables.insertEvaluationFiring("Jürgen Größe & Söhne", NOW.minusSeconds(30).minusNanos(1_000), "[{\"rule\":\"Spätzahler\"}]"),
                h2Tables.insertEvaluationOf("kunde-ä-1", NOW));
        new JdbcTemplate(h2).update("update evaluation set batch_id = 'liste-ö' where client_id = 'kunde-ä-1'");
        archive(h2, h2Instants);
        List<Optional<EvaluationRecord>> before = ids.stream().map(id -> queries(h2, h2Instants).find(UUID.fromString(id))).toList();
        var versionsBefore = new RuleVersionQueries(new JdbcTemplate(h2), h2Instants).versions();
        var sourceBefore = new RuleVersionQueries(new JdbcTemplate(h2), h2Instants).source(VERSION, "Prüfung.drl").orElseThrow();
        closeH2();

        int carried = carryOver();

        assertThat(carried).isEqualTo(3);
        AuditQueries after = queries(sqlite, sqliteInstants);
        assertThat(ids.stream().map(id -> after.find(UUID.fromString(id))).toList()).isEqualTo(before).allMatch(Optional::isPresent);
        RuleVersionQueries archiveAfter = new RuleVersionQueries(new JdbcTemplate(sqlite), sqliteInstants);
        assertThat(archiveAfter.versions()).isEqualTo(versionsBefore).hasSize(1);
        var sourceAfter = archiveAfter.source(VERSION, "Prüfung.drl").orElseThrow();
        assertThat(new String(sourceAfter.content(), StandardCharsets.UTF_8)).isEqualTo(new String(sourceBefore.content(), StandardCharsets.UTF_8))
                .contains("Größe");
        assertThat(after.search(new SearchCriteria(null, null, null, null, null, "liste-ö"), 0, 10).content()).hasSize(2);
        assertThat(after.search(new SearchCriteria(null, null, null, NOW.minusSeconds(40), NOW.minusSeconds(20), null), 0, 10).content())
                .extracting(EvaluationRecord::clientId).containsExactly("Jürgen Größe & Söhne");
    }

    @Test
    void shouldKeepTheH2FileUnderANewNameAndNotCarryItTwice() throws Exception {
        new StoredTables(new JdbcTemplate(h2Trail(null)), new StoredInstants(h2Url)).insertEvaluationOf("einmal", NOW);
        closeH2();

        assertThat(carryOver()).isEqualTo(1);

        assertThat(h2File).doesNotExist();
        assertThat(folder.resolve("data/clientfit-carried-over-20261202-160000.mv.db")).isRegularFile();
        assertThat(carryOver()).isZero();
        assertThat(evaluationsIn(sqlite)).isEqualTo(1);
    }

    @Test
    void shouldBringATrailOfAnOlderSchemaUpFirst() throws Exception {
        DataSource h2 = h2Trail("3");
        new JdbcTemplate(h2).update("insert into evaluation (id, evaluated_at, client_id, verdict, score, ruleset_version, request_id, facts, "
                + "findings, fired_rules) values (?, ?, 'alt', 'GOOD', 40, 'old', 'r', '{}', '[]', '[]')", UUID.randomUUID(), NOW.atOffset(ZoneOffset.UTC));
        closeH2();

        assertThat(carryOver()).isEqualTo(1);
    }

    @Test
    void shouldCopyNothingTwiceWhenAnEarlierCopyWasNotFollowedByTheRename() throws Exception {
        new StoredTables(new JdbcTemplate(h2Trail(null)), new StoredInstants(h2Url)).insertEvaluationOf("zweimal", NOW);
        closeH2();
        Path copy = Files.copy(h2File, folder.resolve("copy.mv.db"));
        carryOver();
        Files.move(copy, h2File);

        assertThat(carryOver()).isEqualTo(1);

        assertThat(evaluationsIn(sqlite)).isEqualTo(1);
    }

    @Test
    void shouldRefuseAFileThatIsNoH2DatabaseAndLeaveBothStoresAsTheyWere() throws Exception {
        Files.createDirectories(h2File.getParent());
        byte[] garbage = "Kein H2, nur Text: äöü".repeat(500).getBytes(StandardCharsets.UTF_8);
        Files.write(h2File, garbage);

        assertThatThrownBy(this::carryOver).isInstanceOf(AuditCarryOverException.class)
                .hasMessageContaining(h2File.toString()).hasMessageContaining("could not be carried over");

        assertThat(h2File).hasBinaryContent(garbage);
        assertThat(evaluationsIn(sqlite)).isZero();
    }

    @Test
    void shouldDoNothingWithoutAnH2File() {
        assertThat(carryOver()).isZero();
        assertThat(evaluationsIn(sqlite)).isZero();
    }

    @Test
    void shouldRefuseAFileThatIsNotNamedAsAnH2Database() {
        assertThatThrownBy(() -> new H2TrailCarryOver(folder.resolve("data/clientfit.db"), sqliteInstants, Clock.systemUTC()))
                .isInstanceOf(AuditCarryOverException.class).hasMessageContaining("ending in .mv.db");
    }

    private int carryOver() {
        Flyway.configure().dataSource(sqlite).load().migrate();
        return new H2TrailCarryOver(h2File, sqliteInstants, Clock.fixed(NOW, ZoneOffset.UTC)).carryInto(sqlite);
    }

    /** An H2 trail in data/, migrated to the given schema version (null: the latest). */
    private DataSource h2Trail(String target) {
        DriverManagerDataSource h2 = new DriverManagerDataSource(h2Url, "sa", "");
        var flyway = Flyway.configure().dataSource(h2);
        (target == null ? flyway : flyway.target(target)).load().migrate();
        return h2;
    }

    private void closeH2() {
        new JdbcTemplate(new DriverManagerDataSource(h2Url, "sa", "")).execute("shutdown");
    }

    private void archive(DataSource h2, StoredInstants instants) {
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.update("insert into rule_file (sha256, content) values (?, ?)", "f".repeat(64),
                "rule \"Größe\" when then end".getBytes(StandardCharsets.UTF_8));
        jdbc.update("insert into ruleset_version (version, first_activated_at) values (?, ?)", VERSION, instants.bind(NOW.minusSeconds(3600)));
        jdbc.update("insert into ruleset_source (version, path, kind, sha256) values (?, ?, ?, ?)", VERSION, "Prüfung.drl", "DRL", "f".repeat(64));
    }

    private static AuditQueries queries(DataSource store, StoredInstants instants) {
        return new AuditQueries(store, new EvaluationCursor(store, new DataSourceTransactionManager(store), 100),
                new RecordRows(new ObjectMapper(), instants), instants);
    }

    private static long evaluationsIn(DataSource store) {
        return new JdbcTemplate(store).queryForObject("select count(*) from evaluation", Long.class);
    }
}
