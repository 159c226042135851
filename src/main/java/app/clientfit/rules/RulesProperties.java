package app.clientfit.rules;

import java.nio.file.Path;
import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * @param dir      the rule folder; {@code rules} next to where the service starts
 * @param watch    whether a change in the rule folder is compiled and activated by itself
 * @param debounce how long the folder must stay unchanged before a change is compiled; a burst of
 *                 saves (an editor writing a temporary file, then renaming it) becomes one build
 */
@Validated
@ConfigurationProperties("clientfit.rules")
public record RulesProperties(@NotNull @DefaultValue("rules") Path dir,
                              @DefaultValue("true") boolean watch,
                              @NotNull @DurationMin(millis = 50) @DurationMax(minutes = 1) @DefaultValue("500ms") Duration debounce) {
}
