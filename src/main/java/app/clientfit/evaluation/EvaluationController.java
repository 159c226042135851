package app.clientfit.evaluation;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Evaluations")
@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

    private final EvaluationService evaluations;

    EvaluationController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Operation(summary = "Evaluate one client", description = """
            Runs the active rule set on the client's facts (COACH). Every field but clientId and stage may be left out: \
            it is then unknown to the rules. The answer is stored in the audit trail before it is sent.""")
    @Parameter(name = "explain", in = ParameterIn.QUERY, schema = @Schema(type = "boolean"), description = """
            true: the answer adds notFired (every rule that did not fire, condition by condition: MET, NOT_MET, or UNKNOWN when \
            a fact it reads was not given; near misses first, each with a sentence for the coach), waived (findings an exception \
            waived, and the rule that did) and unknownFacts (facts the rules read that were not given). Stored as usual.""")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    EvaluationResponse evaluate(@Valid @RequestBody EvaluationRequest request) {
        return evaluations.evaluate(request);
    }
}
