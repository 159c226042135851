package app.clientfit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.clientfit.security.LoginDelayTests.SettableClock;

/** The bookkeeping behind the slowed logins: per pair, one attempt at a time once a pair must wait. */
class LoginFailuresTests {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final LoginFailures failures = new LoginFailures(
            new AccountsProperties(true, List.of(), true, Duration.ofMinutes(5), 3, Duration.ofMinutes(15)), clock);

    @Test
    void shouldLetAttemptsThroughUntilTheThresholdIsReached() {
        failures.failed("coach", "192.0.2.1");
        failures.failed("coach", "192.0.2.1");

        assertThat(failures.waitBefore("coach", "192.0.2.1")).isEmpty();
        failures.failed("coach", "192.0.2.1");
        assertThat(failures.waitBefore("coach", "192.0.2.1")).contains(Duration.ofSeconds(1));
    }

    @Test
    void shouldLetOnlyOneAttemptThroughWhenAWaitEnds() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(1));

        assertThat(failures.waitBefore("coach", "192.0.2.1")).isEmpty();
        assertThat(failures.waitBefore("coach", "192.0.2.1")).as("a second attempt in parallel").contains(Duration.ofSeconds(2));
    }

    @Test
    void shouldForgetThePairOnSuccess() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(1));
        assertThat(failures.waitBefore("coach", "192.0.2.1")).isEmpty();

        failures.succeeded("coach", "192.0.2.1");

        assertThat(failures.waitBefore("coach", "192.0.2.1")).isEmpty();
        failures.failed("coach", "192.0.2.1");
        assertThat(failures.waitBefore("coach", "192.0.2.1")).isEmpty();
    }

    @Test
    void shouldStopAtTheMaximumWait() {
        for (int i = 0; i < 40; i++) {
            failures.failed("coach", "192.0.2.1");
        }

        assertThat(failures.waitBefore("coach", "192.0.2.1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void shouldCountNamesLongerThanAnyUserCanHaveByTheirFirstHundredCharacters() {
        String name = "x".repeat(100);
        for (int i = 0; i < 3; i++) {
            failures.failed(name + i, "192.0.2.1");
        }

        assertThat(failures.waitBefore(name + "-another-tail", "192.0.2.1")).isPresent();
    }

    private void failThreeTimes() {
        for (int i = 0; i < 3; i++) {
            failures.failed("coach", "192.0.2.1");
        }
    }
}
