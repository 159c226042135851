package app.clientfit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * @param maxBodySize the largest JSON body accepted under /api; larger ones get 413
 */
@Validated
@ConfigurationProperties("clientfit.web")
public record WebProperties(@NotNull @DefaultValue("64KB") DataSize maxBodySize) {
}
