package app.clientfit.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The sample personas (sample-data/*.json, which the build puts on the classpath), by file name without .json. */
@Component
class Personas {

    private final Map<String, Map<String, Object>> byName = new LinkedHashMap<>();

    Personas(ObjectMapper json) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:sample-data/*.json");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                byName.put(file.getFilename().replaceFirst("\\.json$", ""), json.readValue(in, new TypeReference<>() {
                }));
            }
        }
    }

    Iterable<String> names() {
        return byName.keySet();
    }

    Optional<Map<String, Object>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
