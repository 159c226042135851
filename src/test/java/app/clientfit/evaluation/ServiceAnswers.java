package app.clientfit.evaluation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.util.function.Function;

/** Has a mocked {@link EvaluationService} answer with the response given, rendered as the controller asks. */
final class ServiceAnswers {

    private ServiceAnswers() {
    }

    static void answerWith(EvaluationService evaluations, EvaluationResponse response) {
        given(evaluations.evaluateAndRender(any(), any()))
                .willAnswer(call -> call.<Function<EvaluationResponse, ?>>getArgument(1).apply(response));
    }
}
