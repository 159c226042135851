package app.clientfit.rules;

import java.nio.file.Path;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param dir          the rule folder; {@code rules} next to where the service starts
 * @param watch        whether a change in the rule folder is compiled and activated by itself
 * @param debounce     how long the folder must stay unchanged before a change is compiled; a burst of
 *                     saves (an editor writing a temporary file, then renaming it) becomes one build
 * @param maxFirings   how many times the rules may fire in one run (an evaluation, a workbook test);
 *                     a rule that triggers itself again is stopped there
 * @param maxRunTime   how long one run may take before it is stopped
 * @param maxRunMemory how much memory one run may allocate before it is stopped
 */
@Validated
@ConfigurationProperties("clientfit.rules")
public record RulesProperties(@NotNull @DefaultValue("rules") Path dir,
                              @DefaultValue("true") boolean watch,
                              @NotNull @DurationMin(millis = 50) @DurationMax(minutes = 1) @DefaultValue("500ms") Duration debounce,
                              @Min(1) @Max(100_000_000) @DefaultValue("10000") int maxFirings,
                              @NotNull @DurationMin(millis = 50) @DurationMax(minutes = 10) @DefaultValue("2s") Duration maxRunTime,
                              @NotNull @DefaultValue("256MB") DataSize maxRunMemory) {

    @ConstructorBinding
    public RulesProperties {
    }

    /** With the default limits of a run. */
    public RulesProperties(Path dir, boolean watch, Duration debounce) {
        this(dir, watch, debounce, 10_000, Duration.ofSeconds(2), DataSize.ofMegabytes(256));
    }
}
