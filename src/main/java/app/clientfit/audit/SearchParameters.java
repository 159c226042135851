package app.clientfit.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import app.clientfit.audit.AuditProblems.ParameterProblem;
import app.clientfit.facts.Verdict;

/**
 * Reads the query string of a search: every parameter checked, every problem named at once. Unknown
 * parameters are refused, so that a misspelt filter never silently returns everything.
 */
final class SearchParameters {

    /** A checked search: what to select, which page, and in which format (null: a JSON page). */
    record Search(SearchCriteria criteria, int page, int size, ExportFormat format) {
    }

    static final int DEFAULT_SIZE = 20;
    private static final Set<String> KNOWN = Set.of("clientId", "verdict", "rule", "batchId", "from", "to", "page",
            "size", "format");
    private final MultiValueMap<String, String> parameters;
    private final List<ParameterProblem> problems = new ArrayList<>();

    private SearchParameters(MultiValueMap<String, String> parameters) {
        this.parameters = parameters;
    }

    /**
     * @param clientId the client of a client's history (then the parameter is not accepted), or null
     * @param accept   the request's Accept header, which may ask for an export
     */
    static Search parse(MultiValueMap<String, String> parameters, String clientId, String accept, int maxPageSize) {
        return new SearchParameters(parameters).read(clientId, accept, maxPageSize);
    }

    private Search read(String pathClientId, String accept, int maxPageSize) {
        parameters.keySet().stream().filter(name -> !KNOWN.contains(name) || (pathClientId != null && name.equals("clientId")))
                .sorted().forEach(name -> problems.add(new ParameterProblem(name, "is not a known parameter; known are " + known(pathClientId))));
        String clientId = pathClientId != null ? pathClientId : text("clientId");
        String verdict = text("verdict");
        if (verdict != null && Verdict.Value.named(verdict.toUpperCase(Locale.ROOT)).isEmpty()) {
            problems.add(new ParameterProblem("verdict", "must be one of GOOD, REVIEW, BAD"));
        }
        Instant from = time("from");
        Instant to = time("to");
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(new ParameterProblem("to", "must be after from"));
        }
        int page = number("page", 0, 0, Integer.MAX_VALUE / maxPageSize);
        int size = number("size", Math.min(DEFAULT_SIZE, maxPageSize), 1, maxPageSize);
        ExportFormat format = null;
        try {
            format = ExportFormat.choose(text("format"), accept);
        } catch (IllegalArgumentException e) {
            problems.add(new ParameterProblem("format", e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw AuditProblems.invalidQuery(problems);
        }
        String verdictValue = verdict == null ? null : verdict.toUpperCase(Locale.ROOT);
        return new Search(new SearchCriteria(clientId, verdictValue, text("rule"), from, to, text("batchId")), page, size, format);
    }

    /** A time range alone, as the statistics take it. */
    static SearchCriteria range(MultiValueMap<String, String> parameters) {
        SearchParameters reader = new SearchParameters(parameters);
        parameters.keySet().stream().filter(name -> !name.equals("from") && !name.equals("to")).sorted()
                .forEach(name -> reader.problems.add(new ParameterProblem(name, "is not a known parameter; known are from, to")));
        Instant from = reader.time("from");
        Instant to = reader.time("to");
        if (from != null && to != null && !from.isBefore(to)) {
            reader.problems.add(new ParameterProblem("to", "must be after from"));
        }
        if (!reader.problems.isEmpty()) {
            throw AuditProblems.invalidQuery(reader.problems);
        }
        return new SearchCriteria(null, null, null, from, to);
    }

    private String text(String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            problems.add(new ParameterProblem(name, "must be given once"));
        }
        String value = values.get(0).strip();
        return value.isEmpty() ? null : value;
    }

    private int number(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        problems.add(new ParameterProblem(name, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

    /** An instant ({@code 2026-11-23T10:15:30Z}), a time with offset, or a date (its start, in UTC). */
    private Instant time(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        // An unencoded '+' of an offset arrives as a space.
        String candidate = value.replace(' ', '+');
        try {
            return OffsetDateTime.parse(candidate).toInstant();
        } catch (DateTimeParseException notATime) {
            try {
                return LocalDate.parse(candidate).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                problems.add(new ParameterProblem(name, "must be a time such as 2026-11-23T10:15:30Z or a date such as 2026-11-23"));
                return null;
            }
        }
    }

    private static String known(String pathClientId) {
        return pathClientId != null ? "verdict, rule, batchId, from, to, page, size, format"
                : "clientId, verdict, rule, batchId, from, to, page, size, format";
    }
}
