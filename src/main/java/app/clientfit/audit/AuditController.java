package app.clientfit.audit;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** Reading, exporting and erasing the audit trail. */
@RestController
class AuditController {

    record Erasure(String clientId, int erased) {
    }

    private final AuditQueries queries;
    private final EvaluationExport export;
    private final ClientErasure erasure;
    private final AuditProperties properties;

    AuditController(AuditQueries queries, EvaluationExport export, ClientErasure erasure, AuditProperties properties) {
        this.queries = queries;
        this.export = export;
        this.erasure = erasure;
        this.properties = properties;
    }

    @Tag(name = "Audit")
    @Operation(summary = "Read one stored evaluation", description = "The answer as it was given, plus the facts as they were received (AUDITOR).")
    @GetMapping("/api/evaluations/{evaluationId}")
    EvaluationRecord evaluation(@PathVariable String evaluationId) {
        return parseId(evaluationId).flatMap(queries::find)
                .orElseThrow(() -> AuditProblems.notFound("evaluation '" + evaluationId + "'"));
    }

    /** A JSON page, or the whole selection as CSV or Excel ({@code format=csv|xlsx} or the Accept header). */
    @Tag(name = "Audit")
    @Operation(summary = "Search stored evaluations", description = """
            Newest first, a page at a time (AUDITOR). With format=csv or format=xlsx (or an Accept header asking for \
            text/csv or a spreadsheet) the whole selection is exported as a file instead.""")
    @Parameter(name = "clientId", in = ParameterIn.QUERY, description = "only this client's evaluations",
            schema = @Schema(type = "string"))
    @SelectionParameters
    @GetMapping("/api/evaluations")
    ResponseEntity<PageView<EvaluationRecord>> search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
                                                      @Parameter(hidden = true)
                                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                      HttpServletResponse response) throws IOException {
        return answer(SearchParameters.parse(parameters, null, accept, properties.maxPageSize()), response);
    }

    @Tag(name = "Clients")
    @Operation(summary = "One client's evaluations",
            description = "The client's history, newest first, paged or exported like a search (AUDITOR).")
    @SelectionParameters
    @GetMapping("/api/clients/{clientId}/evaluations")
    ResponseEntity<PageView<EvaluationRecord>> history(@PathVariable String clientId,
                                                       @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
                                                       @Parameter(hidden = true)
                                                       @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                       HttpServletResponse response) throws IOException {
        return answer(SearchParameters.parse(parameters, clientId, accept, properties.maxPageSize()), response);
    }

    @Tag(name = "Clients")
    @Operation(summary = "Erase a client's records", description = """
            Erases every stored evaluation of the client, for data protection (ADMIN); answers how many were erased. \
            Afterwards the records are 404 and absent from every search.""")
    @DeleteMapping("/api/clients/{clientId}")
    Erasure erase(@PathVariable String clientId) {
        return new Erasure(clientId, erasure.erase(clientId));
    }

    @Tag(name = "Clients")
    @Operation(summary = "Erase a client's records, the id as a query parameter", description = """
            The same as DELETE /api/clients/{clientId} (ADMIN), for ids that cannot be a path segment \
            (holding /, %, ; or control characters): `clientId` is URL-encoded in the query. A missing or blank \
            clientId is 400.""")
    @DeleteMapping("/api/clients")
    Erasure eraseByQuery(@RequestParam(name = "clientId", required = false) String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw AuditProblems.invalidQuery(List.of(new AuditProblems.ParameterProblem("clientId", "must not be blank")));
        }
        return new Erasure(clientId, erasure.erase(clientId));
    }

    private ResponseEntity<PageView<EvaluationRecord>> answer(SearchParameters.Search search, HttpServletResponse response) throws IOException {
        if (search.format() == null) {
            return ResponseEntity.ok(queries.search(search.criteria(), search.page(), search.size()));
        }
        export.write(search.format(), search.criteria(), response);
        return null; // written to the response already
    }

    static java.util.Optional<UUID> parseId(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
