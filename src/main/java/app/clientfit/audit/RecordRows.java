package app.clientfit.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.EvaluationResponse.FindingView;
import app.clientfit.evaluation.EvaluationResponse.FiredRuleView;
import app.clientfit.storage.StoredInstants;

/** Reads evaluation rows back into records. */
@Component
class RecordRows implements RowMapper<EvaluationRecord> {

    static final String COLUMNS = "e.id, e.evaluated_at, e.client_id, e.verdict, e.score, e.ruleset_version, e.caller, "
            + "e.request_id, e.facts, e.findings, e.fired_rules, e.batch_id";

    private static final TypeReference<List<FindingView>> FINDINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<FiredRuleView>> FIRED_RULES = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final StoredInstants instants;

    RecordRows(ObjectMapper json, StoredInstants instants) {
        this.json = json;
        this.instants = instants;
    }

    @Override
    public EvaluationRecord mapRow(ResultSet row, int rowNumber) throws SQLException {
        try {
            return new EvaluationRecord(row.getString("id"), row.getString("client_id"),
                    row.getString("verdict"), row.getInt("score"), json.readValue(row.getString("findings"), FINDINGS),
                    json.readValue(row.getString("fired_rules"), FIRED_RULES), row.getString("ruleset_version"),
                    instants.read(row, "evaluated_at"), row.getString("caller"),
                    row.getString("request_id"), row.getString("facts"), row.getString("batch_id"));
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored evaluation cannot be read back", e);
        }
    }
}
