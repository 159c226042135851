package app.clientfit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.evaluation.EvaluationRequest;
import app.clientfit.facts.Client;

/** The sample-data personas, read once, as posted requests and as facts. */
final class Personas {

    static final Path FOLDER = Path.of("sample-data");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Personas() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<EvaluationRequest> requests() {
        return files().stream().map(f -> read(f, EvaluationRequest.class)).toList();
    }

    static List<Client> clients() {
        return files().stream().map(f -> read(f, Client.class)).toList();
    }

    static Client chronicLatePayer() {
        return read(FOLDER.resolve("chronic-late-payer.json"), Client.class);
    }

    private static <T> T read(Path file, Class<T> type) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
