package app.clientfit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.RuleSet;

/** The answer is rendered before the recorders run, and handed back only once they have recorded it. */
class EvaluationServiceTests {

    private final List<String> steps = new ArrayList<>();
    private final ActiveRuleSet active = mock(ActiveRuleSet.class);
    private final Evaluator evaluator = mock(Evaluator.class);

    @Test
    void shouldRenderTheAnswerBeforeRecordingItAndHandItBackOnlyOnceRecorded() throws Exception {
        EvaluationService service = service(evaluation -> steps.add("recorded " + evaluation.response().verdict()));

        String rendered = service.evaluateAndRender(submission(), response -> {
            steps.add("rendered " + response.verdict());
            return "answer for " + response.clientId();
        });

        assertThat(rendered).isEqualTo("answer for acme-001");
        assertThat(steps).containsExactly("rendered GOOD", "recorded GOOD");
    }

    @Test
    void shouldHandBackNoRenderingWhenARecorderFails() throws Exception {
        EvaluationService service = service(evaluation -> {
            throw new IllegalStateException("the audit record could not be stored");
        });

        assertThatThrownBy(() -> service.evaluateAndRender(submission(), response -> "answer"))
                .hasMessage("the audit record could not be stored");
    }

    private EvaluationService service(EvaluationRecorder recorder) {
        RuleSet ruleSet = mock(RuleSet.class);
        given(active.require()).willReturn(ruleSet);
        given(evaluator.evaluate(any(), any())).willReturn(new Outcome("GOOD", "no findings", 0, List.of(), List.of(), "v1"));
        StaticListableBeanFactory recorders = new StaticListableBeanFactory();
        recorders.addBean("recorder", recorder);
        return new EvaluationService(active, evaluator, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC),
                recorders.getBeanProvider(EvaluationRecorder.class));
    }

    private static Submission submission() throws Exception {
        EvaluationRequest request = new ObjectMapper().readValue("{\"clientId\":\"acme-001\",\"stage\":\"ACTIVE\"}",
                EvaluationRequest.class);
        return new Submission(request, null, "coach", "request-1");
    }
}
