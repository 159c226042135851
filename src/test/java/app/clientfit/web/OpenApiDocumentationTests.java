package app.clientfit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The OpenAPI description is documentation a caller can use: who we are, how to log in, what can go wrong. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    JsonNode api;

    @BeforeEach
    void readDescription() throws Exception {
        // No credentials: the description is open, as the contract says.
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        api = json.readTree(body);
    }

    @Test
    void shouldNameTheProductAndItsBuiltVersion() {
        assertThat(api.at("/info/title").asText()).isEqualTo("ClientFit");
        assertThat(api.at("/info/version").asText()).isNotBlank().isNotEqualTo("v0");
        assertThat(api.at("/info/description").asText()).contains("HTTP Basic");
    }

    @Test
    void shouldAskForHttpBasicOnEveryOperation() {
        assertThat(api.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(api.at("/security/0").has("basicAuth")).isTrue();
    }

    @Test
    void shouldGiveEveryOperationASummaryATagAndTheLoginProblems() {
        List<String> operations = new ArrayList<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            assertThat(operation.getValue().path("summary").asText()).as(name).isNotBlank();
            assertThat(operation.getValue().path("tags")).as(name).isNotEmpty();
            assertThat(problemTypes(operation.getValue())).as(name).contains("401", "403");
        }));
        assertThat(operations).contains("POST /api/evaluations", "GET /api/evaluations/{evaluationId}", "GET /api/rules",
                "POST /api/rules/reload", "DELETE /api/clients/{clientId}");
    }

    @Test
    void shouldDocumentEveryProblemOfAnEvaluationAsProblemJson() {
        JsonNode evaluate = api.at("/paths/~1api~1evaluations/post");
        assertThat(problemTypes(evaluate)).contains("400", "401", "403", "406", "413", "415", "500", "503");
        assertThat(evaluate.at("/responses/400/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(api.at("/components/schemas/ProblemDetail/properties").has("detail")).isTrue();
    }

    @Test
    void shouldOfferTheSamplePersonasAsExamplesOfAnEvaluation() {
        JsonNode evaluate = api.at("/paths/~1api~1evaluations/post");
        JsonNode examples = evaluate.at("/requestBody/content/application~1json/examples");
        assertThat(examples.size()).isGreaterThanOrEqualTo(8);
        assertThat(examples.at("/chronic-late-payer/value/clientId").asText()).isEqualTo("late-payer-001");
        assertThat(evaluate.at("/responses/200/content/application~1json/example/verdict").asText()).isIn("GOOD", "REVIEW", "BAD");
        assertThat(evaluate.at("/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/EvaluationResponse");
    }

    @Test
    void shouldAnswerNotFoundOnlyWhereSomethingIsLookedUp() {
        assertThat(problemTypes(api.at("/paths/~1api~1evaluations~1{evaluationId}/get"))).contains("404");
        assertThat(problemTypes(api.at("/paths/~1api~1evaluations/post"))).doesNotContain("404");
        assertThat(problemTypes(api.at("/paths/~1api~1rules~1reload/post"))).contains("422");
    }

    @Test
    void shouldNameTheQueryParametersOfASearch() {
        List<String> names = new ArrayList<>();
        api.at("/paths/~1api~1evaluations/get/parameters").forEach(parameter -> names.add(parameter.path("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("clientId", "verdict", "rule", "batchId", "from", "to", "page", "size", "format");
    }

    /** The statuses an operation answers as application/problem+json. */
    private static List<String> problemTypes(JsonNode operation) {
        List<String> statuses = new ArrayList<>();
        operation.path("responses").properties().forEach(response -> {
            if (response.getValue().at("/content").has("application/problem+json")) {
                statuses.add(response.getKey());
            }
        });
        return statuses;
    }
}
