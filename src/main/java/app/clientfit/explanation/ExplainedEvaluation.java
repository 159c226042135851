package app.clientfit.explanation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import app.clientfit.evaluation.EvaluationResponse;

/** The answer to an evaluation with {@code explain=true}: the usual answer, plus notFired, waived and unknownFacts. */
public record ExplainedEvaluation(@JsonUnwrapped EvaluationResponse evaluation, @JsonUnwrapped Explanation explanation) {
}
