package app.clientfit.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import org.springframework.util.unit.DataSize;

/**
 * What one run of the rules (an evaluation, a workbook test, a replay, a batch row) may take before it
 * is stopped: the defaults are far above what a real rulebook needs, so only a rule that runs away
 * reaches them.
 *
 * @param maxFirings   rule firings
 * @param maxRunTime   time, from the start of the run
 * @param maxRunMemory memory allocated by the run (garbage included)
 */
public record RunLimits(int maxFirings, Duration maxRunTime, DataSize maxRunMemory) {

    public RunLimits {
        Objects.requireNonNull(maxRunTime, "maxRunTime");
        Objects.requireNonNull(maxRunMemory, "maxRunMemory");
        if (maxFirings < 1 || maxRunTime.isNegative() || maxRunTime.isZero() || maxRunMemory.toBytes() < DataSize.ofMegabytes(1).toBytes()) {
            throw new IllegalArgumentException("limits of a run must be positive (memory at least 1MB): " + maxFirings + ", "
                    + maxRunTime + ", " + maxRunMemory);
        }
    }

    public static RunLimits defaults() {
        return new RunLimits(10_000, Duration.ofSeconds(2), DataSize.ofMegabytes(256));
    }

    /** The limit in words: {@code 10,000 rule firings}, {@code 2 s}, {@code 256 MB}. */
    String inWords(RunLimitExceededException.Limit limit) {
        return switch (limit) {
            case FIRINGS -> String.format(Locale.ROOT, "%,d rule firings", maxFirings);
            case TIME -> BigDecimal.valueOf(maxRunTime.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
            case MEMORY -> maxRunMemory.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? maxRunMemory.toMegabytes() + " MB"
                    : maxRunMemory.toKilobytes() + " KB";
        };
    }
}
