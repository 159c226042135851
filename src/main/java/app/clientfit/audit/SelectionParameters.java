package app.clientfit.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query parameters of a selection of stored evaluations, as {@link SearchParameters} reads them, for the
 * OpenAPI description (the controller takes them as one map, so that it can refuse an unknown one).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameters({
        @Parameter(name = "verdict", in = ParameterIn.QUERY, description = "GOOD, REVIEW or BAD",
                schema = @Schema(type = "string", allowableValues = {"GOOD", "REVIEW", "BAD"})),
        @Parameter(name = "rule", in = ParameterIn.QUERY, description = "only evaluations in which this rule fired, e.g. Late payer",
                schema = @Schema(type = "string")),
        @Parameter(name = "batchId", in = ParameterIn.QUERY, description = "only the evaluations of one list (POST /api/evaluations/batch)",
                schema = @Schema(type = "string")),
        @Parameter(name = "from", in = ParameterIn.QUERY, description = "evaluated at or after: an instant (2026-11-01T00:00:00Z) or a date",
                schema = @Schema(type = "string")),
        @Parameter(name = "to", in = ParameterIn.QUERY, description = "evaluated before: an instant or a date",
                schema = @Schema(type = "string")),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = "the page, from 0",
                schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "records a page, at most clientfit.audit.max-page-size",
                schema = @Schema(type = "integer", minimum = "1", defaultValue = "20")),
        @Parameter(name = "format", in = ParameterIn.QUERY, description = "csv or xlsx: export the whole selection as a file",
                schema = @Schema(type = "string", allowableValues = {"csv", "xlsx"}))})
@interface SelectionParameters {
}
