package app.clientfit.audit;

import java.util.UUID;

import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.CompletedEvaluation;
import app.clientfit.evaluation.EvaluationRecorder;
import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.evaluation.Submission;

/** Stores every evaluation durably before it is answered: the answer waits for the commit. */
@Component
@Order(0)
@Conditional(AuditEnabled.class)
class AuditRecorder implements EvaluationRecorder {

    private static final int MAX_CALLER_LENGTH = 200;

    private final GroupCommitWriter writer;
    private final RuleVersionArchive archive;
    private final ObjectMapper json;

    AuditRecorder(GroupCommitWriter writer, RuleVersionArchive archive, ObjectMapper json) {
        this.writer = writer;
        this.archive = archive;
        this.json = json;
    }

    @Override
    public void record(CompletedEvaluation evaluation) {
        archive.ensureArchived(evaluation.ruleSet());
        EvaluationResponse response = evaluation.response();
        Submission submission = evaluation.submission();
        writer.write(new AuditRecord(UUID.fromString(response.evaluationId()), response.evaluatedAt(), response.clientId(),
                response.verdict(), response.score(), response.rulesetVersion(), shortened(submission.caller()),
                submission.requestId(), facts(submission), toJson(response.findings()), toJson(response.firedRules()),
                submission.batchId()));
    }

    /** The body as received, or (facts that did not come over HTTP) the facts serialized. */
    private String facts(Submission submission) {
        return submission.receivedBody() != null ? submission.receivedBody() : toJson(submission.request());
    }

    private static String shortened(String caller) {
        return caller == null || caller.length() <= MAX_CALLER_LENGTH ? caller : caller.substring(0, MAX_CALLER_LENGTH);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer cannot be written as JSON", e);
        }
    }
}
