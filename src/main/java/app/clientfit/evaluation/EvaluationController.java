package app.clientfit.evaluation;

import java.security.Principal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Evaluations")
@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

    private final EvaluationService evaluations;
    private final PostedFactsReader facts;
    private final ObjectMapper json;

    EvaluationController(EvaluationService evaluations, ObjectMapper json, @Qualifier("mvcValidator") Validator validator) {
        this.evaluations = evaluations;
        this.json = json;
        this.facts = new PostedFactsReader(json, validator);
    }

    @Operation(summary = "Evaluate one client", description = """
            Runs the active rule set on the client's facts (COACH). Every field but clientId and stage may be left out: \
            it is then unknown to the rules. The answer is stored in the audit trail before it is sent.""")
    @Parameter(name = "explain", in = ParameterIn.QUERY, schema = @Schema(type = "boolean"), description = """
            true: the answer adds notFired (every rule that did not fire, condition by condition: MET, NOT_MET, or UNKNOWN when \
            a fact it reads was not given; near misses first, each with a sentence for the coach), waived (findings an exception \
            waived, and the rule that did) and unknownFacts (facts the rules read that were not given). Stored as usual.""")
    @Parameter(name = "rulesetVersion", in = ParameterIn.QUERY, schema = @Schema(type = "string"), description = """
            Evaluates on this archived version (any version activated here, GET /api/rules/versions) instead of the active \
            one; the answer and the stored record name it. 404 for a version never activated here.""")
    @ApiResponse(responseCode = "200", description = "The verdict, the score, the findings and the rules that fired", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EvaluationResponse.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> evaluate(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EvaluationRequest.class)))
            @RequestBody String body,
            @Parameter(hidden = true) Principal caller,
            @Parameter(hidden = true) @RequestHeader(name = "X-Request-Id", required = false) String requestId)
            throws MethodArgumentNotValidException {
        byte[] answer = evaluations.evaluateAndRender(facts.submission(body, caller, requestId), this::bytes);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    /** The answer as Spring would write it, written before the wait for the audit's commit (see the service). */
    private byte[] bytes(EvaluationResponse response) {
        try {
            return json.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer cannot be written as JSON", e);
        }
    }
}
