package app.clientfit.impact;

import java.security.Principal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.EvaluationResponse;
import app.clientfit.evaluation.EvaluationService;
import app.clientfit.evaluation.PostedFactsReader;
import app.clientfit.explanation.ExplainedEvaluation;
import app.clientfit.explanation.ExplainedEvaluations;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code POST /api/evaluations?rulesetVersion=…}: the evaluation on an archived version instead of the active one,
 * stored as usual with that version named, so the record says what decided it. 404 for a version never activated.
 */
@RestController
class AsOfVersionController {

    private final EvaluationService evaluations;
    private final ExplainedEvaluations explained;
    private final VersionedRuleSets versions;
    private final PostedFactsReader facts;

    AsOfVersionController(EvaluationService evaluations, ExplainedEvaluations explained, VersionedRuleSets versions, ObjectMapper json,
                          @Qualifier("mvcValidator") Validator validator) {
        this.evaluations = evaluations;
        this.explained = explained;
        this.versions = versions;
        this.facts = new PostedFactsReader(json, validator);
    }

    @Hidden // documented with the evaluation's operation
    @PostMapping(path = "/api/evaluations", params = "rulesetVersion", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    EvaluationResponse evaluate(@RequestParam String rulesetVersion, @RequestBody String body, Principal caller,
                                @RequestHeader(name = "X-Request-Id", required = false) String requestId)
            throws MethodArgumentNotValidException {
        return evaluations.evaluate(facts.submission(body, caller, requestId), versions.require(rulesetVersion));
    }

    @Hidden
    @PostMapping(path = "/api/evaluations", params = {"rulesetVersion", "explain=true"}, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ExplainedEvaluation evaluateExplained(@RequestParam String rulesetVersion, @RequestBody String body, Principal caller,
                                          @RequestHeader(name = "X-Request-Id", required = false) String requestId)
            throws MethodArgumentNotValidException {
        return explained.evaluate(facts.submission(body, caller, requestId), versions.require(rulesetVersion));
    }
}
