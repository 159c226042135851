package app.clientfit.web;

import java.util.List;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/** The one schema of every problem answer, as {@link Problems} and the advice write them. */
final class ProblemSchema {

    private ProblemSchema() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema<?> create() {
        Schema<?> error = new ObjectSchema().description("One thing wrong: a field or parameter and its message, "
                        + "or a rule file, where in it, and its message")
                .addProperty("field", new StringSchema().description("the field or query parameter, e.g. invoicesPaidLate"))
                .addProperty("source", new StringSchema().description("the rule file, e.g. rules/payment-and-boundaries.xlsx"))
                .addProperty("location", new StringSchema().description("where in it: sheet and row, or line"))
                .addProperty("message", new StringSchema().description("what is wrong, in plain words"));
        Schema problem = new ObjectSchema()
                .description("A problem (RFC 9457); some problems add members of their own (rule, source, location, limit, rulesetVersion)")
                .addProperty("type", new StringSchema().format("uri").description("stable problem type")
                        .example("urn:clientfit:problem:invalid-facts"))
                .addProperty("title", new StringSchema().description("short, the same for every problem of the type"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what went wrong with this request, and where"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("the path that was called"))
                .addProperty("errors", new ArraySchema().items(error).description("every error, when there are several"));
        problem.setAdditionalProperties(true);
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
