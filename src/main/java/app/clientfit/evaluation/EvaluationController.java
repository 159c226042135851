package app.clientfit.evaluation;

import java.security.Principal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Evaluations")
@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

    private final EvaluationService evaluations;
    private final PostedFactsReader facts;

    /** The validator Spring MVC validates request bodies with, so the facts are checked as a {@code @Valid} body would be. */
    EvaluationController(EvaluationService evaluations, ObjectMapper json, @Qualifier("mvcValidator") Validator validator) {
        this.evaluations = evaluations;
        this.facts = new PostedFactsReader(json, validator);
    }

    @Operation(summary = "Evaluate one client", description = """
            Runs the active rule set on the client's facts (COACH). Every field but clientId and stage may be left out: \
            it is then unknown to the rules. The answer is stored in the audit trail before it is sent.""")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    EvaluationResponse evaluate(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EvaluationRequest.class)))
            @RequestBody String body,
            @Parameter(hidden = true) Principal caller,
            @Parameter(hidden = true) @RequestHeader(name = "X-Request-Id", required = false) String requestId)
            throws MethodArgumentNotValidException {
        EvaluationRequest request = facts.read(body);
        // The request id filter always sets the header; without it (a test slice), the request gets an id of its own.
        return evaluations.evaluate(new Submission(request, body, caller == null ? null : caller.getName(),
                requestId != null ? requestId : TimeOrderedIds.next().toString()));
    }
}
