package app.clientfit.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.evaluation.EvaluationService;
import app.clientfit.evaluation.RunLimitExceededException;
import app.clientfit.evaluation.Submission;
import app.clientfit.evaluation.TimeOrderedIds;
import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.RuleSet;

/**
 * Evaluates a client list in the service: every row on the same rule set, stored in the audit like a single evaluation
 * and marked with the list's batch id.
 */
@Service
public class BatchEvaluation implements DisposableBean {

    private final EvaluationService evaluations;
    private final ActiveRuleSet active;
    private final RowSubmissions submissions;
    private final BatchProperties properties;
    private final ExecutorService pool;

    BatchEvaluation(EvaluationService evaluations, ActiveRuleSet active, ObjectMapper json,
                    @Qualifier("mvcValidator") Validator validator, BatchProperties properties) {
        this.evaluations = evaluations;
        this.active = active;
        this.submissions = new RowSubmissions(json, validator);
        this.properties = properties;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(properties.threads(), task -> {
            Thread thread = new Thread(task, "batch-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param fileName the uploaded file's name, which tells its format
     * @param format   csv or xlsx for the answer, or null for the input's format
     * @param size     the upload's size in bytes
     */
    public EvaluatedList evaluate(InputStream upload, String fileName, long size, String format, String caller, String requestId)
            throws IOException {
        if (size > properties.maxUploadSize().toBytes()) {
            throw UnreadableTableException.tooLarge("the file has " + size + " bytes, more than clientfit.batch.max-upload-size ("
                    + properties.maxUploadSize().toBytes() + ")");
        }
        TableFormat in = TableFormat.ofFileName(fileName);
        TableFormat out = TableFormat.named(format, in);
        RuleSet ruleSet = active.require();
        String batchId = TimeOrderedIds.next().toString();
        Path input = Files.createTempFile("clientfit-list-", "." + in.extension());
        Path output = Files.createTempFile("clientfit-evaluated-", "." + out.extension());
        try {
            Files.copy(upload, input, StandardCopyOption.REPLACE_EXISTING);
            BatchRun.Summary summary;
            try (OutputStream file = Files.newOutputStream(output); TableWriter writer = ListFiles.writer(file, out, input, in)) {
                summary = new BatchRun(pool, properties.window(), properties.maxRows(), written -> { })
                        .run(in.source(input), writer, (header, row) -> evaluate(header, row, ruleSet, caller, requestId, batchId));
            }
            return new EvaluatedList(output, out, EvaluatedList.evaluatedName(fileName, out), batchId, summary.rows(), summary.errors());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(output);
            throw e;
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private RowResult evaluate(ListHeader header, SourceRow row, RuleSet ruleSet, String caller, String requestId, String batchId) {
        try {
            Submission submission = submissions.of(header, row, caller, requestId, batchId);
            EvaluationResponse answer = evaluations.evaluate(submission, ruleSet);
            List<String> fired = answer.firedRules().stream().map(EvaluationResponse.FiredRuleView::rule).toList();
            return RowResult.evaluated(answer.verdict(), answer.score(), answer.findings(), fired, answer.rulesetVersion(),
                    answer.evaluationId());
        } catch (RowSubmissions.RowRejectedException e) {
            return RowResult.error(e.getMessage());
        } catch (RunLimitExceededException e) {
            return RowResult.error(e.getMessage());
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
