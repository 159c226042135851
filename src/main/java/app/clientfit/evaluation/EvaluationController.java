package app.clientfit.evaluation;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
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
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    EvaluationResponse evaluate(@Valid @RequestBody EvaluationRequest request) {
        return evaluations.evaluate(request);
    }
}
