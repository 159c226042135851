package app.clientfit.audit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.EvaluationRecorder;
import app.clientfit.evaluation.EvaluationRequest;
import app.clientfit.evaluation.EvaluationResponse;

/** Stores every evaluation durably before it is answered: the answer waits for the commit. */
@Component
@Order(0)
@Conditional(AuditEnabled.class)
class AuditRecorder implements EvaluationRecorder {

    private final GroupCommitWriter writer;
    private final RuleVersionArchive archive;
    private final CurrentRequest current;
    private final ObjectMapper json;

    AuditRecorder(GroupCommitWriter writer, RuleVersionArchive archive, CurrentRequest current, ObjectMapper json) {
        this.writer = writer;
        this.archive = archive;
        this.current = current;
        this.json = json;
    }

    @Override
    public void record(EvaluationRequest request, EvaluationResponse response, Duration took) {
        archive.ensureArchived(response.rulesetVersion());
        List<String> firedRuleNames = response.firedRules().stream().map(EvaluationResponse.FiredRuleView::rule).toList();
        writer.write(new AuditRecord(UUID.fromString(response.evaluationId()), response.evaluatedAt(), response.clientId(),
                response.verdict(), response.score(), response.rulesetVersion(), current.caller(), current.requestId(),
                current.facts(request), toJson(response.findings()), toJson(response.firedRules()), firedRuleNames));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer cannot be written as JSON", e);
        }
    }
}
