package app.clientfit.rules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class HistoryLintTests {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LintRule LATE_PAYER = rule("Late payer", "sheet Payment, row 10", "invoicesTotal >= 3", "latePaymentPercent >= 50");
    private static final LintRule VERY_LATE = rule("Pays very late", "sheet Payment, row 11", "averageDaysLate >= 30");

    private final AtomicReference<Instant> askedSince = new AtomicReference<>();

    @Test
    void aRuleThatDidNotFireInThePeriodNeverFired() {
        HistoryLint lint = lint(Optional.of(new FiringHistory.Period(Set.of("Late payer"), Set.of("invoicesTotal", "averageDaysLate"))));

        List<LintWarning> found = lint.check(List.of(LATE_PAYER, VERY_LATE));

        assertThat(found).extracting(LintWarning::code, LintWarning::location)
                .containsExactly(tuple(LintCode.NEVER_FIRED, "sheet Payment, row 11"));
        assertThat(found.get(0).message()).contains("'Pays very late' did not fire for any client evaluated in the last 90 days");
        assertThat(askedSince.get()).isEqualTo(NOW.minus(Duration.ofDays(90)));
    }

    @Test
    void aRuleReadingAFactNoClientGaveIsUnknownAlways() {
        HistoryLint lint = lint(Optional.of(new FiringHistory.Period(Set.of("Late payer", "Pays very late"), Set.of("invoicesTotal"))));

        List<LintWarning> found = lint.check(List.of(LATE_PAYER, VERY_LATE));

        assertThat(found).extracting(LintWarning::code, LintWarning::location)
                .containsExactly(tuple(LintCode.UNKNOWN_ALWAYS, "sheet Payment, row 11"));
        assertThat(found.get(0).message()).contains("reads averageDaysLate, which no client evaluated in the last 90 days gave");
    }

    @Test
    void noHistoryForThePeriodSaysNothing() {
        assertThat(lint(Optional.empty()).check(List.of(LATE_PAYER, VERY_LATE))).isEmpty();
    }

    private HistoryLint lint(Optional<FiringHistory.Period> period) {
        FiringHistory history = (since, rules, facts) -> {
            askedSince.set(since);
            return period;
        };
        return new HistoryLint(history, Duration.ofDays(90), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static LintRule rule(String name, String location, String... constraints) {
        return new LintRule("rules/payment.xlsx", "Payment", name, location, java.util.Arrays.stream(constraints)
                .map(text -> new LintCondition(location, text, "Client", text)).toList(), null, true);
    }
}
