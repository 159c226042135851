package app.clientfit.web;

import static app.clientfit.web.DocumentedProblem.BAD_REQUEST;
import static app.clientfit.web.DocumentedProblem.BODY_TOO_LARGE;
import static app.clientfit.web.DocumentedProblem.BUILD_IN_PROGRESS;
import static app.clientfit.web.DocumentedProblem.EVALUATION_UNAVAILABLE;
import static app.clientfit.web.DocumentedProblem.FORBIDDEN;
import static app.clientfit.web.DocumentedProblem.INTERNAL_ERROR;
import static app.clientfit.web.DocumentedProblem.INVALID_FACTS;
import static app.clientfit.web.DocumentedProblem.INVALID_FILE;
import static app.clientfit.web.DocumentedProblem.INVALID_QUERY;
import static app.clientfit.web.DocumentedProblem.INVALID_RULE_SET;
import static app.clientfit.web.DocumentedProblem.NOT_ACCEPTABLE;
import static app.clientfit.web.DocumentedProblem.NOT_FOUND;
import static app.clientfit.web.DocumentedProblem.NO_RULE_SET;
import static app.clientfit.web.DocumentedProblem.REPLAY_CANCELLED;
import static app.clientfit.web.DocumentedProblem.REPLAY_RUNNING;
import static app.clientfit.web.DocumentedProblem.RULE_STOPPED;
import static app.clientfit.web.DocumentedProblem.TOO_MANY_LOGINS;
import static app.clientfit.web.DocumentedProblem.UNAUTHORIZED;
import static app.clientfit.web.DocumentedProblem.UNSUPPORTED_MEDIA_TYPE;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Adds the error answers to every operation in one place, all as application/problem+json of one schema:
 * those any call under /api can get, 413 and 415 where there is a request body, and those only some
 * operations answer, listed by method and path below.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

    /** Any call: a rejected URL is a 400 everywhere, and every path under /api needs a login and a role. */
    private static final List<DocumentedProblem> EVERY_OPERATION = List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, TOO_MANY_LOGINS,
            INTERNAL_ERROR);
    private static final List<DocumentedProblem> WITH_BODY = List.of(BODY_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE);
    private static final Map<String, List<DocumentedProblem>> BY_OPERATION = Map.ofEntries(
            Map.entry("POST /api/evaluations", List.of(INVALID_FACTS, NOT_ACCEPTABLE, RULE_STOPPED, EVALUATION_UNAVAILABLE)),
            Map.entry("GET /api/evaluations", List.of(INVALID_QUERY)),
            Map.entry("GET /api/evaluations/{evaluationId}", List.of(NOT_FOUND)),
            Map.entry("GET /api/clients/{clientId}/evaluations", List.of(INVALID_QUERY)),
            Map.entry("DELETE /api/clients", List.of(INVALID_QUERY)),
            Map.entry("GET /api/rules", List.of(NO_RULE_SET)),
            Map.entry("GET /api/rules/stats", List.of(INVALID_QUERY)),
            Map.entry("POST /api/rules/reload", List.of(BUILD_IN_PROGRESS, INVALID_RULE_SET)),
            Map.entry("POST /api/rules/validate", List.of(INVALID_FILE)),
            Map.entry("POST /api/rules/impact", List.of(INVALID_QUERY, REPLAY_CANCELLED, REPLAY_RUNNING)),
            Map.entry("DELETE /api/rules/impact", List.of(NOT_FOUND)),
            Map.entry("GET /api/rules/versions/{version}/sources/{file}", List.of(INVALID_QUERY, NOT_FOUND)),
            Map.entry("GET /api/rules/sources/{file}/drl", List.of(INVALID_FILE, NOT_FOUND, NO_RULE_SET)));

    @Override
    public void customise(OpenAPI api) {
        // Here and not in the OpenAPI bean: springdoc drops the bean's schemas that no operation refers to yet.
        api.getComponents().addSchemas(OpenApiDocumentation.PROBLEM_SCHEMA, ProblemSchema.create());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(operation, BY_OPERATION.getOrDefault(method + " " + path, List.of()))));
    }

    private static void document(Operation operation, List<DocumentedProblem> specific) {
        Map<Integer, DocumentedProblem> problems = new TreeMap<>();
        EVERY_OPERATION.forEach(problem -> problems.put(problem.status(), problem));
        if (operation.getRequestBody() != null) {
            WITH_BODY.forEach(problem -> problems.put(problem.status(), problem));
        }
        specific.forEach(problem -> problems.put(problem.status(), problem)); // may replace a general one
        problems.values().forEach(problem -> operation.getResponses().addApiResponse(String.valueOf(problem.status()), response(problem)));
    }

    private static ApiResponse response(DocumentedProblem problem) {
        io.swagger.v3.oas.models.media.MediaType json = new io.swagger.v3.oas.models.media.MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + OpenApiDocumentation.PROBLEM_SCHEMA))
                .example(problem.example());
        ApiResponse response = new ApiResponse().description(problem.description())
                .content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE, json));
        if (problem == UNAUTHORIZED) {
            response.addHeaderObject("WWW-Authenticate", new Header().description("Basic realm=\"ClientFit\", charset=\"UTF-8\"")
                    .schema(new StringSchema()));
        }
        if (problem == REPLAY_RUNNING) {
            response.addHeaderObject("Retry-After", new Header().description("seconds to wait before asking again")
                    .schema(new IntegerSchema()));
        }
        if (problem == TOO_MANY_LOGINS) {
            response.addHeaderObject("Retry-After", new Header().description("seconds to wait before the next login attempt")
                    .schema(new IntegerSchema()));
        }
        if (problem == EVALUATION_UNAVAILABLE) {
            response.addHeaderObject("Retry-After", new Header().description("seconds to wait before evaluating again, when the audit "
                    + "database cannot take records or too many evaluations are served at once").schema(new IntegerSchema()));
        }
        return response;
    }
}
