package app.clientfit.evaluation;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

    private final EvaluationService evaluations;

    EvaluationController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    EvaluationResponse evaluate(@Valid @RequestBody EvaluationRequest request) {
        return evaluations.evaluate(request);
    }
}
