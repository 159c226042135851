package app.clientfit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;
import app.clientfit.rules.sandbox.GeneratedCodeCheck;

/**
 * What the check of the generated classes costs: on the shipped rulebook and on a 1,000-row table (with
 * the shipped verdict rules), the whole compilation once, then the check alone, cold and warm. Not a test:
 *
 * <pre>
 * ./mvnw -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" app.clientfit.bench.GeneratedCodeCheckBench
 * </pre>
 */
public final class GeneratedCodeCheckBench {

    private static final int WARM_RUNS = 15;

    private GeneratedCodeCheckBench() {
    }

    public static void main(String[] args) throws Exception {
        List<RuleFile> shipped = new RuleFolder(Path.of("rules")).read();
        List<RuleFile> large = List.of(RuleFile.of("rules/generated.xlsx", GeneratedTable.of(1000, 1)),
                RuleFile.of("rules/verdict.drl", Files.readString(Path.of("rules", "verdict.drl")).getBytes(StandardCharsets.UTF_8)));
        measure("shipped rulebook", shipped);
        measure("1,000-row table", large);
    }

    private static void measure(String name, List<RuleFile> files) {
        RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());
        long start = System.nanoTime();
        RuleSet ruleSet = compiler.compile(files);
        long compile = System.nanoTime() - start;
        GeneratedCodeCheck check = new GeneratedCodeCheck();
        start = System.nanoTime();
        check.check(ruleSet.kieBase(), (kind, packageName, rule) -> null);
        long cold = System.nanoTime() - start;
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            start = System.nanoTime();
            int problems = check.check(ruleSet.kieBase(), (kind, packageName, rule) -> null).size();
            warm.add(System.nanoTime() - start);
            if (problems > 0) {
                throw new IllegalStateException(name + ": the check refused code it should accept");
            }
        }
        long[] sorted = warm.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: %d rules; compilation with the check %d ms; check alone: first %d ms, then median %d ms (min %d, max %d) of %d%n",
                name, ruleSet.rules().size(), millis(compile), millis(cold), millis(sorted[sorted.length / 2]), millis(sorted[0]),
                millis(Arrays.stream(sorted).max().orElse(0)), WARM_RUNS);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
