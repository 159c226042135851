package app.clientfit.console;

import java.io.IOException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import app.clientfit.audit.AuditService;
import app.clientfit.audit.EvaluationRecord;
import app.clientfit.explanation.StoredExplanation;
import jakarta.servlet.http.HttpServletResponse;

/** Searching the audit trail, one record, and the export of a search (AUDITOR): the audit's own queries. */
@Controller
class EvaluationsPageController {

    private static final Logger log = LoggerFactory.getLogger(EvaluationsPageController.class);

    private final AuditService audit;
    private final FactsForm form;

    EvaluationsPageController(AuditService audit, FactsForm form) {
        this.audit = audit;
        this.form = form;
    }

    @GetMapping("/console/evaluations")
    String search(@ModelAttribute("search") SearchForm search, BindingResult binding, Locale locale, Model model) {
        AuditService.Selection selection = search == null ? null : search.selection(binding);
        model.addAttribute("problems", form.problems(binding, locale));
        if (selection != null) {
            model.addAttribute("results", audit.search(selection, search.pageOrFirst(), SearchForm.PAGE_SIZE));
        }
        return "evaluations";
    }

    @GetMapping("/console/evaluations/export")
    void export(@ModelAttribute("search") SearchForm search, BindingResult binding, @RequestParam String format,
                HttpServletResponse response) throws IOException {
        AuditService.Selection selection = search == null ? null : search.selection(binding);
        if (selection == null || !(format.equals("csv") || format.equals("xlsx"))) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        audit.export(selection, format.equals("xlsx"), response);
    }

    @GetMapping("/console/evaluations/{evaluationId}")
    String record(@PathVariable String evaluationId, Model model, HttpServletResponse response) {
        return audit.find(evaluationId).map(record -> {
            model.addAttribute("record", record);
            model.addAttribute("explanation", explanation(record));
            return "evaluation";
        }).orElseGet(() -> ConsolePages.notFound(model, response));
    }

    /**
     * The record's page shows the stored answer whatever its replay does (rule files no longer archived, a run
     * over its limits); then it says the explanation is missing, and GET /api/evaluations/{id}/explanation says why.
     */
    private StoredExplanation explanation(EvaluationRecord record) {
        try {
            return audit.explain(record);
        } catch (RuntimeException e) {
            log.warn("Evaluation {} cannot be explained: {}", record.evaluationId(), e.getMessage());
            return null;
        }
    }
}
