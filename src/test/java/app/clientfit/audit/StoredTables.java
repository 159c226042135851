package app.clientfit.audit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import app.clientfit.storage.StoredInstants;

/** Looks into the database directly, past the API: what is really stored, in any table. */
final class StoredTables {

    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    private final JdbcTemplate jdbc;
    private final StoredInstants instants;

    StoredTables(JdbcTemplate jdbc, StoredInstants instants) {
        this.jdbc = jdbc;
        this.instants = instants;
    }

    /** Every "table.column" of the schema in which some row contains the text. */
    List<String> rowsMentioning(String text) {
        List<String> found = new ArrayList<>();
        for (String[] column : columns()) {
            Long rows = jdbc.queryForObject("select count(*) from \"" + column[0] + "\" where cast(\"" + column[1] + "\" as varchar) like ?",
                    Long.class, "%" + text + "%");
            if (rows != null && rows > 0) {
                found.add(column[0] + "." + column[1]);
            }
        }
        return found;
    }

    /** An evaluation written straight into the tables, dated as given; answers its id. */
    String insertEvaluationOf(String clientId, Instant evaluatedAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into evaluation (id, evaluated_at, client_id, verdict, score, ruleset_version, request_id, facts, findings, fired_rules) "
                        + "values (?, ?, ?, 'REVIEW', 0, 'old', 'r', ?, '[]', '[{\"rule\":\"Verdict: review\"}]')",
                id, instants.bind(evaluatedAt), clientId, "{\"clientId\":\"" + clientId + "\",\"stage\":\"ACTIVE\"}");
        return id.toString();
    }

    /** An evaluation written straight into the tables with these fired rules, kept as the service writes them. */
    String insertEvaluationFiring(String clientId, Instant evaluatedAt, String firedRulesJson) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into evaluation (id, evaluated_at, client_id, verdict, score, ruleset_version, request_id, facts, findings, fired_rules) "
                        + "values (?, ?, ?, 'REVIEW', 0, 'old', 'r', ?, '[]', ?)",
                id, instants.bind(evaluatedAt), clientId, "{\"clientId\":\"" + clientId + "\"}", firedRulesJson);
        return id.toString();
    }

    private List<String[]> columns() {
        return jdbc.execute((Connection connection) -> {
            List<String[]> columns = new ArrayList<>();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet tables = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    addColumns(meta, connection.getSchema(), tables.getString("TABLE_NAME"), columns);
                }
            }
            return columns;
        });
    }

    private static void addColumns(DatabaseMetaData meta, String schema, String table, List<String[]> columns) throws SQLException {
        try (ResultSet column = meta.getColumns(null, schema, table, "%")) {
            while (column.next()) {
                if (!BINARY.contains(column.getInt("DATA_TYPE"))) {
                    columns.add(new String[] {table, column.getString("COLUMN_NAME")});
                }
            }
        }
    }
}
