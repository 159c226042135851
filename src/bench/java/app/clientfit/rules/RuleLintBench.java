package app.clientfit.rules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import app.clientfit.bench.GeneratedTable;
import app.clientfit.rules.lint.LintRule;
import app.clientfit.rules.lint.TableLint;

/**
 * What the rules' analysis costs next to the build it is part of: a 1,000-row table (with the shipped verdict
 * rules) compiled with the analysis, then the analysis alone over its rows, every row with the same effect so
 * that every pair is compared. Not a test:
 *
 * <pre>
 * ./mvnw -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" app.clientfit.rules.RuleLintBench
 * </pre>
 */
public final class RuleLintBench {

    private static final int RUNS = 15;

    private RuleLintBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<RuleFile> files = List.of(RuleFile.of("rules/generated.xlsx", GeneratedTable.of(rows, 1)),
                RuleFile.of("rules/verdict.drl", Files.readString(Path.of("rules", "verdict.drl")).getBytes(StandardCharsets.UTF_8)));
        long start = System.nanoTime();
        Candidate built = new RuleSetCompiler(Clock.systemUTC()).check(files);
        long build = System.nanoTime() - start;
        List<LintRule> subjects = LintSubjects.of(built.ruleSet().conditions()).stream()
                .map(r -> new LintRule(r.source(), r.source(), r.name(), r.location(), r.conditions(), "GENERATED", true)).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] analysis = new long[RUNS];
        long[] cpu = new long[RUNS];
        int found = 0;
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            found = TableLint.check(subjects).size();
            analysis[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        long first = analysis[0];
        long firstCpu = cpu[0];
        Arrays.sort(analysis);
        Arrays.sort(cpu);
        System.out.printf("%d-row table: %d rules; build with the analysis %d ms (%d findings in it); analysis alone (wall, cpu): first %d ms,"
                        + " %d ms cpu, then median %d ms, %d ms cpu (max %d ms, %d ms cpu) of %d, %d findings%n", rows, built.rules().size(),
                build / 1_000_000, built.warnings().stream().filter(w -> w.code() != null).count(), first / 1_000_000, firstCpu / 1_000_000,
                analysis[RUNS / 2] / 1_000_000, cpu[RUNS / 2] / 1_000_000, analysis[RUNS - 1] / 1_000_000, cpu[RUNS - 1] / 1_000_000, RUNS,
                found);
    }
}
