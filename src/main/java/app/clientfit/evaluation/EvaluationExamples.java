package app.clientfit.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;

/**
 * The sample personas (sample-data/*.json, which the build puts on the classpath) as named examples of
 * the evaluation's request body, and a real answer as the example of its 200 response.
 */
@Component
class EvaluationExamples implements OpenApiCustomizer {

    static final String PERSONAS = "classpath:sample-data/*.json";
    static final String ANSWER = "classpath:openapi/evaluation-response-example.json";

    private final Map<String, Example> personas = new LinkedHashMap<>();
    private final Object answer;

    EvaluationExamples(ObjectMapper json) throws IOException {
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        Resource[] files = resources.getResources(PERSONAS);
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            String name = file.getFilename().replaceFirst("\\.json$", "");
            personas.put(name, new Example().summary(words(name)).value(read(json, file)));
        }
        this.answer = read(json, resources.getResource(ANSWER));
    }

    @Override
    public void customise(OpenAPI api) {
        PathItem path = api.getPaths() == null ? null : api.getPaths().get("/api/evaluations");
        Operation evaluate = path == null ? null : path.getPost();
        if (evaluate == null) {
            return;
        }
        evaluate.getRequestBody().getContent().values().forEach(body -> body.setExamples(new LinkedHashMap<>(personas)));
        MediaType ok = evaluate.getResponses().get("200").getContent().values().iterator().next();
        ok.setExample(answer);
    }

    /** {@code chronic-late-payer} reads "Chronic late payer". */
    private static String words(String fileName) {
        String words = fileName.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static Object read(ObjectMapper json, Resource file) {
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI example " + file.getFilename(), e);
        }
    }
}
