package app.clientfit.audit;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.explanation.StoredDecision;
import app.clientfit.explanation.StoredExplanation;
import app.clientfit.explanation.StoredExplanations;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The audit trail as other capabilities use it (the console's pages): the same queries, export, erasure
 * and statistics that the audit's REST controllers answer with.
 */
@Service
public class AuditService {

    /**
     * What to select; every part may be null (no restriction).
     *
     * @param from inclusive
     * @param to   exclusive
     */
    public record Selection(String clientId, String verdict, String rule, Instant from, Instant to) {

        SearchCriteria criteria() {
            return new SearchCriteria(clientId, verdict == null ? null : verdict.toUpperCase(Locale.ROOT), rule, from, to);
        }
    }

    private final AuditQueries queries;
    private final EvaluationExport export;
    private final ClientErasure erasure;
    private final StatsQueries stats;
    private final AuditProperties properties;
    private final RuleVersionQueries versions;
    private final StoredExplanations explanations;

    AuditService(AuditQueries queries, EvaluationExport export, ClientErasure erasure, StatsQueries stats, AuditProperties properties,
                 RuleVersionQueries versions, StoredExplanations explanations) {
        this.queries = queries;
        this.versions = versions;
        this.explanations = explanations;
        this.export = export;
        this.erasure = erasure;
        this.stats = stats;
        this.properties = properties;
    }

    public Optional<EvaluationRecord> find(String evaluationId) {
        try {
            return queries.find(UUID.fromString(evaluationId));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Newest first; the page size is capped as for the API. */
    public PageView<EvaluationRecord> search(Selection selection, int page, int size) {
        return queries.search(selection.criteria(), Math.max(page, 0), Math.max(1, Math.min(size, properties.maxPageSize())));
    }

    /** The whole selection as a CSV file ({@code xlsx == false}) or a workbook, written to the response. */
    public void export(Selection selection, boolean xlsx, HttpServletResponse response) throws IOException {
        export.write(xlsx ? ExportFormat.XLSX : ExportFormat.CSV, selection.criteria(), response);
    }

    /** @return how many records were erased */
    public int erase(String clientId) {
        return erasure.erase(clientId);
    }

    /** @param from inclusive, or null; @param to exclusive, or null */
    public RuleStats stats(Instant from, Instant to) {
        return stats.stats(from, to);
    }

    /**
     * Why and why not of a stored record, on the rule version that decided it.
     *
     * @throws org.springframework.web.ErrorResponseException not found, when the files of that version are not archived
     */
    public StoredExplanation explain(EvaluationRecord stored) {
        StoredDecision decision = new StoredDecision(stored.evaluationId(), stored.clientId(), stored.verdict(), stored.score(),
                stored.firedRules().stream().map(EvaluationResponse.FiredRuleView::rule).toList(), stored.rulesetVersion(), stored.facts());
        return explanations.explain(decision, () -> {
            var files = versions.files(stored.rulesetVersion());
            if (files.isEmpty()) {
                throw AuditProblems.notFound("the files of rule version '" + stored.rulesetVersion() + "', which decided evaluation '"
                        + stored.evaluationId() + "',");
            }
            return files;
        });
    }
}
