package app.clientfit.rules.lint;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * @param lint            {@code warn}: lint findings are warnings and never block; {@code error}: the findings with
 *                        the codes of {@code lintCodes} keep a rule set from being activated
 * @param lintCodes       with {@code lint=error}, the codes that block; empty for those of the tables (redundant, conflicting,
 *                        impossible rows): the history's codes block only when listed, since no edit of a file can
 *                        make a rule fire in the past
 * @param neverFiredAfter the stored history NEVER_FIRED and UNKNOWN_ALWAYS look at (they need the audit)
 */
@Validated
@ConfigurationProperties("clientfit.rules")
public record LintProperties(@NotNull @DefaultValue("warn") Mode lint, @DefaultValue("") Set<LintCode> lintCodes,
                             @NotNull @DurationMin(days = 1) @DefaultValue("90d") Duration neverFiredAfter) {

    public enum Mode { WARN, ERROR }

    private static final Set<LintCode> TABLE_CODES = EnumSet.of(LintCode.REDUNDANT_ROW, LintCode.CONFLICTING_ROWS, LintCode.IMPOSSIBLE_ROW);

    /** Warnings only, never blocking; the history of 90 days. */
    public static LintProperties warnings() {
        return new LintProperties(Mode.WARN, Set.of(), Duration.ofDays(90));
    }

    /** Whether a finding with this code keeps a rule set from being activated. */
    public boolean blocks(LintCode code) {
        return lint == Mode.ERROR && (lintCodes == null || lintCodes.isEmpty() ? TABLE_CODES : lintCodes).contains(code);
    }
}
