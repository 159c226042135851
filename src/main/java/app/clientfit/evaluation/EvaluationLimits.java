package app.clientfit.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How much a posted client may hold; the JSON body as a whole is limited by clientfit.web.max-body-size.
 *
 * @param maxClientIdLength        characters of {@code clientId}
 * @param maxNameLength            characters of {@code name}
 * @param maxAttributes            entries of {@code attributes}
 * @param maxAttributeNameLength   characters of an attribute's name
 * @param maxAttributeTextLength   characters of an attribute's text value
 * @param maxInFlight              evaluations (POST /api/evaluations) served at once; more are answered 503 at once
 */
@Validated
@ConfigurationProperties("clientfit.evaluation")
public record EvaluationLimits(@Min(1) @Max(10_000) @DefaultValue("200") int maxClientIdLength,
                               @Min(1) @Max(10_000) @DefaultValue("500") int maxNameLength,
                               @Min(0) @Max(10_000) @DefaultValue("100") int maxAttributes,
                               @Min(1) @Max(10_000) @DefaultValue("100") int maxAttributeNameLength,
                               @Min(1) @Max(100_000) @DefaultValue("1000") int maxAttributeTextLength,
                               @Min(1) @Max(10_000) @DefaultValue("32") int maxInFlight) {
}
