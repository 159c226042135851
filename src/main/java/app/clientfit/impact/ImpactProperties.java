package app.clientfit.impact;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param window          which stored evaluations a replay takes when no {@code from} is given: those of this long
 *                        before now
 * @param threads         how many threads evaluate in a replay; 0 for one a processor
 * @param afterActivation whether each activation of a new version is followed by a replay against the version before
 */
@Validated
@ConfigurationProperties("clientfit.impact")
public record ImpactProperties(@NotNull @DefaultValue("365d") Duration window,
                               @Min(0) @Max(64) @DefaultValue("0") int threads,
                               @DefaultValue("true") boolean afterActivation) {

    int evaluatingThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
