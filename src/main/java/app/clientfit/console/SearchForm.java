package app.clientfit.console;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import app.clientfit.audit.AuditService;
import app.clientfit.facts.Verdict;

/**
 * The search of the evaluations page: every part may be empty. Days are whole days in UTC, both included.
 */
record SearchForm(String clientId, Verdict.Value verdict, String rule,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  Integer page) {

    static final int PAGE_SIZE = 20;

    static SearchForm empty() {
        return new SearchForm(null, null, null, null, null, 0);
    }

    /** The selection, or null when the form is not valid (the problem is then in {@code binding}). */
    AuditService.Selection selection(BindingResult binding) {
        if (from != null && to != null && to.isBefore(from)) {
            binding.rejectValue("to", "search.toBeforeFrom", "must not be before from");
        }
        if (binding.hasErrors()) {
            return null;
        }
        return new AuditService.Selection(blankToNull(clientId), verdict == null ? null : verdict.name(), blankToNull(rule),
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    int pageOrFirst() {
        return page == null || page < 0 ? 0 : page;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
