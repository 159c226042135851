package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** The audit switch reads what Spring reads as a boolean; anything else refuses the start; off is said loudly. */
@ExtendWith(OutputCaptureExtension.class)
class AuditSwitchTests {

    @Test
    void shouldTakeEverySpellingSpringTakesForOn() {
        for (String on : new String[] {"true", "TRUE", "1", "yes", "on", "On"}) {
            assertThat(AuditEnabled.isEnabled(environment(on))).as(on).isTrue();
        }
        assertThat(AuditEnabled.isEnabled(new MockEnvironment())).as("left out").isTrue();
    }

    @Test
    void shouldTakeEverySpellingSpringTakesForOff() {
        for (String off : new String[] {"false", "0", "no", "off", "OFF"}) {
            assertThat(AuditEnabled.isEnabled(environment(off))).as(off).isFalse();
        }
    }

    @Test
    void shouldRefuseToStartWithAValueThatIsNoBoolean() {
        assertThatThrownBy(() -> AuditEnabled.isEnabled(environment("maybe")))
                .isInstanceOfSatisfying(InvalidAuditSwitchException.class, e -> {
                    FailureAnalysis analysis = new InvalidAuditSwitchFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("clientfit.audit.enabled is 'maybe'", "not a boolean");
                    assertThat(analysis.getAction()).contains("CLIENTFIT_AUDIT_ENABLED", "true", "false");
                });
    }

    @Test
    void shouldFailTheContextThatReadsANonBooleanSwitch() {
        new ApplicationContextRunner().withPropertyValues("clientfit.audit.enabled=maybe")
                .withUserConfiguration(AuditConfiguration.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new InvalidAuditSwitchFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).contains("clientfit.audit.enabled is 'maybe'");
                });
    }

    @Test
    void shouldWarnAtStartWhenTheAuditIsOff(CapturedOutput output) {
        runWarning("off");

        assertThat(output).contains("WARN").contains("THE AUDIT IS OFF");
    }

    @Test
    void shouldNotWarnWhenTheAuditIsOn(CapturedOutput output) {
        runWarning("1");

        assertThat(output).doesNotContain("THE AUDIT IS OFF");
    }

    private static void runWarning(String value) {
        new ApplicationContextRunner().withPropertyValues("clientfit.audit.enabled=" + value)
                .withUserConfiguration(WarningOnly.class, AuditOffWarning.class)
                .run(context -> assertThat(context).hasNotFailed());
    }

    private static MockEnvironment environment(String value) {
        return new MockEnvironment().withProperty("clientfit.audit.enabled", value);
    }

    @EnableConfigurationProperties(AuditProperties.class)
    static class WarningOnly {
    }
}
