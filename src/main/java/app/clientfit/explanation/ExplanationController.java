package app.clientfit.explanation;

import java.security.Principal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.PostedFactsReader;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code POST /api/evaluations?explain=true}: the evaluation as usual (stored as usual), and why the other rules
 * did not fire. Without the parameter the plain evaluation answers, and none of this runs.
 */
@RestController
class ExplanationController {

    private final ExplainedEvaluations explained;
    private final PostedFactsReader facts;

    ExplanationController(ExplainedEvaluations explained, ObjectMapper json, @Qualifier("mvcValidator") Validator validator) {
        this.explained = explained;
        this.facts = new PostedFactsReader(json, validator);
    }

    @Hidden // one operation in the description: the evaluation's, which documents the explain parameter
    @PostMapping(path = "/api/evaluations", params = "explain=true", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ExplainedEvaluation evaluate(@RequestBody String body, Principal caller,
                                 @RequestHeader(name = "X-Request-Id", required = false) String requestId)
            throws MethodArgumentNotValidException {
        return explained.evaluate(facts.submission(body, caller, requestId));
    }
}
