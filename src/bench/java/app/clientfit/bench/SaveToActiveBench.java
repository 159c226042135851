package app.clientfit.bench;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import app.clientfit.ClientFitApplication;
import app.clientfit.rules.ActiveRuleSet;
import app.clientfit.rules.RuleFolder;
import app.clientfit.spreadsheet.TestWorkbooks;

/**
 * Measures the time from saving a rule file to the new version being active, with the watcher, its
 * debounce, compilation and the workbook tests: for the shipped rulebook and with a generated
 * 1,000-row table added. Not a test (the test command does not run it); from the project folder:
 * <pre>
 * ./mvnw -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" app.clientfit.bench.SaveToActiveBench [debounce]
 * </pre>
 */
public final class SaveToActiveBench {

    private static final int SAVES = 5;

    private SaveToActiveBench() {
    }

    public static void main(String[] args) throws Exception {
        Path rules = copyOfShippedRules(Files.createTempDirectory("clientfit-bench"));
        String debounce = args.length > 0 ? args[0] : "500ms";
        try (ConfigurableApplicationContext context = SpringApplication.run(ClientFitApplication.class, "--server.port=0",
                "--clientfit.rules.dir=" + rules, "--clientfit.rules.debounce=" + debounce, "--logging.level.root=WARN")) {
            ActiveRuleSet active = context.getBean(ActiveRuleSet.class);
            Path payment = rules.resolve("payment-and-boundaries.xlsx");
            byte[] shipped = Files.readAllBytes(payment);
            report("shipped rulebook, one cell changed", measure(active, rules, payment, SAVES, points -> TestWorkbooks.edit(shipped,
                    wb -> TestWorkbooks.set(wb.getSheet("Payment"), "G11", -21 - points))));
            Path generated = rules.resolve("generated-1000.xlsx");
            report("1,000-row table added", measure(active, rules, generated, 1, i -> GeneratedTable.of(1000, 0)));
            report("1,000-row table, one cell changed", measure(active, rules, generated, SAVES, i -> GeneratedTable.of(1000, i + 1)));
            while (!active.lastAttempt().map(a -> a.version().equals(active.require().version())).orElse(false)) {
                Thread.sleep(5); // let the last activation finish recording before the service stops
            }
        } finally {
            try (Stream<Path> files = Files.walk(rules.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** Saves a new content as an editor does and waits until the version of that content is active. */
    private static List<Long> measure(ActiveRuleSet active, Path rules, Path file, int saves, IntFunction<byte[]> content)
            throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < saves; i++) {
            Path temporary = file.resolveSibling("lu" + System.nanoTime() + ".tmp");
            Files.write(temporary, content.apply(i));
            long saved = System.nanoTime();
            Files.move(temporary, file, REPLACE_EXISTING, ATOMIC_MOVE);
            String expected = new RuleFolder(rules).read().stream().map(f -> f.source() + f.sha256()).toList().toString();
            while (!activeContent(active).equals(expected)) {
                if (System.nanoTime() - saved > 120_000_000_000L) {
                    throw new IllegalStateException("not active after two minutes: " + active.lastFailure());
                }
                Thread.sleep(5);
            }
            millis.add((System.nanoTime() - saved) / 1_000_000);
        }
        return millis;
    }

    private static String activeContent(ActiveRuleSet active) {
        return active.current().map(set -> set.sources().stream().map(f -> f.source() + f.sha256()).toList().toString()).orElse("");
    }

    private static void report(String what, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("%-36s save -> active: median %5d ms, min %5d ms, max %5d ms  %s%n", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), millis);
    }

    private static Path copyOfShippedRules(Path parent) throws IOException {
        Path rules = Files.createDirectories(parent.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(RuleFolder::isRuleFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        return rules;
    }
}
