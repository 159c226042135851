package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DebounceTests {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final Debounce debounce = new Debounce(Duration.ofMillis(500));

    @Test
    void shouldHaveNothingDueWithoutAChange() {
        assertThat(debounce.pending()).isFalse();
        assertThat(debounce.due(T0.plusSeconds(60))).isFalse();
        assertThat(debounce.remaining(T0)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void shouldMakeAChangeDueOnceTheFolderWasQuietForThePeriod() {
        debounce.changed(T0);

        assertThat(debounce.due(T0.plusMillis(499))).isFalse();
        assertThat(debounce.remaining(T0.plusMillis(200))).isEqualTo(Duration.ofMillis(300));
        assertThat(debounce.due(T0.plusMillis(500))).isTrue();
    }

    @Test
    void shouldMakeABurstOfSavesOneBuildAfterTheLastSave() {
        debounce.changed(T0);
        debounce.changed(T0.plusMillis(300));
        debounce.changed(T0.plusMillis(600));

        assertThat(debounce.due(T0.plusMillis(900))).isFalse();
        assertThat(debounce.due(T0.plusMillis(1100))).isTrue();
    }

    @Test
    void shouldStillBuildAFolderThatNeverRestsAfterTenPeriods() {
        for (int ms = 0; ms < 5000; ms += 100) {
            debounce.changed(T0.plusMillis(ms));
        }

        assertThat(debounce.due(T0.plusMillis(4950))).isFalse();
        assertThat(debounce.due(T0.plusMillis(5000))).isTrue();
        assertThat(debounce.remaining(T0.plusMillis(5200))).isZero();
    }

    @Test
    void shouldForgetTheChangesOnReset() {
        debounce.changed(T0);
        debounce.reset();

        assertThat(debounce.pending()).isFalse();
        assertThat(debounce.due(T0.plusSeconds(1))).isFalse();
    }
}
