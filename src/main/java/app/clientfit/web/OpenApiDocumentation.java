package app.clientfit.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI description at /v3/api-docs (and Swagger UI at /swagger-ui.html): the product's name and
 * version, HTTP Basic for every operation, the capabilities as tags, and one schema for every problem.
 * {@link ProblemResponses} adds the error answers to each operation, and their schema.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocumentation {

    static final String SECURITY_SCHEME = "basicAuth";
    static final String PROBLEM_SCHEMA = "ProblemDetail";

    private static final String DESCRIPTION = """
            Rules-driven decision service: is this client good for us, or bad? A coach posts a client's facts \
            and gets a verdict (GOOD, REVIEW, BAD), a score and the findings of the rules that fired, each naming \
            the rule file and where in it (sheet and row, or line). Every answered evaluation is stored in the audit trail.

            Every path under /api needs HTTP Basic. Roles, each including the one before: COACH (evaluate, see the \
            rules), AUDITOR (read and export the audit trail), ADMIN (reload, validate and inspect rule sets, erase \
            a client's records). `/actuator/health` and this description answer without credentials.

            Every error is `application/problem+json` (RFC 9457) with a stable `type` (`urn:clientfit:problem:...`), \
            `title`, `status` and `detail`; a validation error adds `errors`.""";

    @Bean
    OpenAPI clientFitOpenApi(ObjectProvider<BuildProperties> build) {
        return new OpenAPI()
                .info(new Info().title("ClientFit").version(version(build)).description(DESCRIPTION))
                .servers(List.of(new Server().url("/").description("the service that serves this description")))
                .tags(List.of(
                        new Tag().name("Evaluations").description("Evaluate one client on the active rule set"),
                        new Tag().name("Audit").description("Stored evaluations: search, export, the rule versions they were made on"),
                        new Tag().name("Clients").description("One client's history, and erasing it"),
                        new Tag().name("Rules").description("The active rule set: see it, reload it, try a file, read its sources")))
                .components(new Components()
                        .addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The user names and passwords of the service; the demo users are coach/coach-demo, "
                                        + "auditor/auditor-demo and admin/admin-demo unless production configuration turns them off")))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
    }

    /** The version the build wrote into build-info.properties; a run outside the Maven build has none. */
    private static String version(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return properties != null && properties.getVersion() != null ? properties.getVersion() : "development";
    }
}
