package app.clientfit.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import app.clientfit.explanation.StoredExplanation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Why and why not of a stored evaluation, on the rule version that made it. */
@RestController
class StoredExplanationController {

    private final AuditQueries queries;
    private final AuditService audit;

    StoredExplanationController(AuditQueries queries, AuditService audit) {
        this.queries = queries;
        this.audit = audit;
    }

    @Tag(name = "Audit")
    @Operation(summary = "Explain one stored evaluation", description = """
            Why the rules that did not fire did not (AUDITOR): the stored facts replayed on the archived rule version that \
            made the decision, with notFired, waived and unknownFacts as for explain=true, and reproduced: whether the replay \
            gave the stored verdict, score and fired rules (differences says what it gave otherwise).""")
    @GetMapping("/api/evaluations/{evaluationId}/explanation")
    StoredExplanation explanation(@PathVariable String evaluationId) {
        EvaluationRecord stored = AuditController.parseId(evaluationId).flatMap(queries::find)
                .orElseThrow(() -> AuditProblems.notFound("evaluation '" + evaluationId + "'"));
        return audit.explain(stored);
    }
}
