package app.clientfit.audit;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * @param enabled         store every evaluation before answering it; off means no durable record at all
 * @param retention       how long evaluation records are kept; older ones are purged
 * @param retentionCron   when the purge runs (Spring cron, six fields); {@code -} never
 * @param maxBatchSize    the most records written in one commit (group commit)
 * @param commitTimeout   how long an evaluation waits for its record's commit before it fails with 503
 * @param maxCommitDelay  how long a commit waits for more records after one that held several (0: never waits)
 * @param probeInterval   how often the writer asks an unreachable database whether it answers again
 * @param maxPageSize     the largest {@code size} a search accepts
 * @param exportFetchSize rows fetched from the database at a time while exporting
 * @param checkpointInterval on SQLite, how often the write-ahead log is copied into the database file
 * @param carryOverFrom   on SQLite, an H2 file of an earlier trail carried over at start (empty: none)
 */
@Validated
@ConfigurationProperties("clientfit.audit")
public record AuditProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("P2Y") Period retention,
        @NotBlank @DefaultValue("0 30 3 * * *") String retentionCron,
        @Min(1) @Max(10_000) @DefaultValue("256") int maxBatchSize,
        @NotNull @DefaultValue("10s") Duration commitTimeout,
        @NotNull @DefaultValue("1ms") Duration maxCommitDelay,
        @NotNull @DefaultValue("1s") Duration probeInterval,
        @Min(1) @Max(10_000) @DefaultValue("100") int maxPageSize,
        @Min(1) @Max(100_000) @DefaultValue("1000") int exportFetchSize,
        @NotNull @DefaultValue("1s") Duration checkpointInterval,
        @NotNull @DefaultValue("") String carryOverFrom) {

    @AssertTrue(message = "must be a positive period, e.g. P2Y or P730D")
    boolean isRetentionPositive() {
        return retention == null || (!retention.isNegative() && !retention.isZero());
    }

    @AssertTrue(message = "must be between 100ms and 1m")
    boolean isProbeIntervalSensible() {
        return probeInterval == null || (probeInterval.toMillis() >= 100 && probeInterval.toSeconds() <= 60);
    }

    @AssertTrue(message = "must be between 0 and 100ms")
    boolean isMaxCommitDelaySensible() {
        return maxCommitDelay == null || (!maxCommitDelay.isNegative() && maxCommitDelay.toMillis() <= 100);
    }

    @AssertTrue(message = "must be between 100ms and 1m")
    boolean isCheckpointIntervalSensible() {
        return checkpointInterval == null || (checkpointInterval.toMillis() >= 100 && checkpointInterval.toSeconds() <= 60);
    }

    @AssertTrue(message = "must be positive")
    boolean isCommitTimeoutPositive() {
        return commitTimeout == null || (!commitTimeout.isNegative() && !commitTimeout.isZero());
    }
}
