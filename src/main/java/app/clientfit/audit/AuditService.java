package app.clientfit.audit;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.explanation.StoredDecision;
import app.clientfit.explanation.StoredExplanation;
import app.clientfit.explanation.StoredExplanations;
import app.clientfit.rules.RuleFile;
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
     * A time range read as the search reads {@code from} and {@code to} (an instant, a time with offset or a date).
     *
     * @throws org.springframework.web.ErrorResponseException bad request, saying which of the two is wrong
     */
    public Selection range(String from, String to) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        if (from != null) {
            parameters.add("from", from);
        }
        if (to != null) {
            parameters.add("to", to);
        }
        SearchCriteria range = SearchParameters.range(parameters);
        return new Selection(null, null, null, range.from(), range.to());
    }

    /** The latest record of every client evaluated in {@code [from, to)}, one at a time from a cursor, by client id. */
    public void forEachLatestPerClient(Instant from, Instant to, Consumer<EvaluationRecord> consumer) {
        queries.forEachLatestPerClient(from, to, consumer);
    }

    /** The archived files of a rule-set version with their exact bytes; empty for a version never activated here. */
    public List<RuleFile> ruleFiles(String version) {
        return versions.files(version);
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
