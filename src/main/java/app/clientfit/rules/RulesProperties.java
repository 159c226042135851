package app.clientfit.rules;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * @param dir the rule folder; {@code rules} next to where the service starts
 */
@Validated
@ConfigurationProperties("clientfit.rules")
public record RulesProperties(@NotNull @DefaultValue("rules") Path dir) {
}
