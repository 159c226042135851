package app.clientfit.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;

import app.clientfit.storage.StoredInstants;

/**
 * Carries an audit trail kept in an H2 file (the default store of earlier versions) into the SQLite store, once,
 * right after SQLite's schema is migrated and before anything reads or writes it. The H2 file is first brought to
 * the same schema, every record and archived rule version is copied in one SQLite transaction, and then the file is
 * renamed so that it is not carried again; it stays where it was, readable by H2.
 */
class H2TrailCarryOver {

    private static final Logger LOG = LoggerFactory.getLogger(H2TrailCarryOver.class);
    private static final String H2_SUFFIX = ".mv.db";
    private static final int BATCH = 500;
    /** Parents first: a rule version names files and is named by evaluations. */
    private static final Map<String, String> TABLES = tables();
    private static final DateTimeFormatter RENAMED = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path h2File;
    private final StoredInstants instants;
    private final Clock clock;

    H2TrailCarryOver(Path h2File, StoredInstants instants, Clock clock) {
        if (!h2File.getFileName().toString().endsWith(H2_SUFFIX)) {
            throw new AuditCarryOverException(h2File, "the file to carry over must be an H2 database, ending in " + H2_SUFFIX, null);
        }
        this.h2File = h2File;
        this.instants = instants;
        this.clock = clock;
    }

    /** Copies the H2 trail into the store if the file is there; answers how many evaluations came over. */
    int carryInto(DataSource store) {
        if (!Files.isRegularFile(h2File)) {
            return 0;
        }
        Map<String, Integer> copied = new LinkedHashMap<>();
        try (Connection from = openH2(); Connection to = store.getConnection()) {
            to.setAutoCommit(false);
            try {
                for (Map.Entry<String, String> table : TABLES.entrySet()) {
                    copied.put(table.getKey(), copy(from, to, table.getKey(), table.getValue()));
                }
                to.commit();
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            }
        } catch (SQLException | FlywayException e) {
            throw new AuditCarryOverException(h2File, NestedExceptionUtils.getMostSpecificCause(e).getMessage(), e);
        }
        Path kept = renamed();
        LOG.info("Carried the H2 audit trail {} into the SQLite store: {} evaluations, {} rule versions, {} rule files; "
                        + "the H2 file is kept as {}", h2File, copied.get("evaluation"), copied.get("ruleset_version"),
                copied.get("rule_file"), kept);
        return copied.get("evaluation");
    }

    private Connection openH2() throws SQLException {
        String base = h2File.toAbsolutePath().toString();
        String url = "jdbc:h2:file:" + base.substring(0, base.length() - H2_SUFFIX.length()) + ";IFEXISTS=TRUE";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    private int copy(Connection from, Connection to, String table, String columns) throws SQLException {
        int width = columns.split(",").length;
        String insert = "insert or ignore into " + table + " (" + columns + ") values ("
                + String.join(", ", Collections.nCopies(width, "?")) + ")";
        int rows = 0;
        try (Statement read = from.createStatement(); ResultSet source = read.executeQuery("select " + columns + " from " + table);
             PreparedStatement write = to.prepareStatement(insert)) {
            while (source.next()) {
                for (int column = 1; column <= width; column++) {
                    write.setObject(column, stored(source.getObject(column)));
                }
                write.addBatch();
                if (++rows % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    /** H2 gives ids as UUIDs and times as offset date-times; SQLite keeps both as text. */
    private Object stored(Object value) {
        if (value instanceof UUID id) {
            return id.toString();
        }
        if (value instanceof OffsetDateTime time) {
            return instants.bind(time.toInstant());
        }
        return value;
    }

    private Path renamed() {
        String name = h2File.getFileName().toString();
        String stem = name.substring(0, name.length() - H2_SUFFIX.length()) + "-carried-over-" + RENAMED.format(clock.instant());
        Path target = h2File.resolveSibling(stem + H2_SUFFIX);
        for (int n = 2; Files.exists(target); n++) {
            target = h2File.resolveSibling(stem + "-" + n + H2_SUFFIX);
        }
        try {
            return Files.move(h2File, target);
        } catch (IOException e) {
            throw new AuditCarryOverException(h2File, "copied, but the file could not be renamed to " + target
                    + " (" + e.getMessage() + "); the copy is idempotent, so the next start tries again", e);
        }
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("rule_file", "sha256, content");
        tables.put("ruleset_version", "version, first_activated_at");
        tables.put("ruleset_source", "version, path, kind, sha256");
        tables.put("evaluation", "id, evaluated_at, client_id, verdict, score, ruleset_version, caller, request_id, facts, "
                + "findings, fired_rules, batch_id");
        return Collections.unmodifiableMap(tables);
    }
}
