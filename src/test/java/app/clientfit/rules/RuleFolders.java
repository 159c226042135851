package app.clientfit.rules;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

import app.clientfit.spreadsheet.TestWorkbooks;

/** Rule folders for tests: a copy of the shipped rulebook, changed the way office programs save. */
public final class RuleFolders {

    static final Path SHIPPED = Path.of("rules");

    /** A rule that changes the fact its own condition matches, so it fires again after every change (line 4). */
    static final String LOOP = """
            package clientfit.rules;
            import app.clientfit.facts.Client;

            rule "Loop"
            when
                $c : Client()
            then
                update($c);
            end
            """;

    private RuleFolders() {
    }

    public static Path copyOfShipped(Path parent) {
        try {
            Path rules = Files.createDirectories(parent.resolve("rules"));
            try (Stream<Path> files = Files.list(SHIPPED)) {
                for (Path file : files.filter(f -> RuleFolder.isRuleFile(f)).toList()) {
                    Files.copy(file, rules.resolve(file.getFileName()), REPLACE_EXISTING);
                }
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the folder, watched with a short debounce so that saves in a test take effect quickly. */
    static void serve(DynamicPropertyRegistry registry, Path rules) {
        registry.add("clientfit.rules.dir", rules::toString);
        registry.add("clientfit.rules.watch", () -> "true");
        registry.add("clientfit.rules.debounce", () -> "100ms");
    }

    /** The version the folder's content would have. */
    static String version(Path folder) {
        return RuleSetVersion.of(new RuleFolder(folder).read());
    }

    /** As LibreOffice saves: a lock file, the new content in a temporary file, renamed over the old one. */
    static void saveLikeAnEditor(Path file, byte[] content) {
        try {
            Path lock = file.resolveSibling(".~lock." + file.getFileName() + "#");
            Files.writeString(lock, "user,host");
            Path temporary = file.resolveSibling("lu" + System.nanoTime() + ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, file, REPLACE_EXISTING, ATOMIC_MOVE);
            Files.deleteIfExists(lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void setCell(Path workbook, String sheet, String cell, Object value) {
        try {
            byte[] edited = TestWorkbooks.edit(Files.readAllBytes(workbook), wb -> TestWorkbooks.set(wb.getSheet(sheet), cell, value));
            saveLikeAnEditor(workbook, edited);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeText(Path file, String text) {
        saveLikeAnEditor(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
