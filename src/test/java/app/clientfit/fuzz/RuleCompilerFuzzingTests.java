package app.clientfit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleKind;
import app.clientfit.rules.RuleSetCompiler;
import app.clientfit.rules.RuleSetInvalidException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Damaged rule files (the shipped DRL and workbooks, mutated) never make the compiler throw anything but
 * a report of problems, each naming its file; and whatever compiles passed the code check.
 */
class RuleCompilerFuzzingTests {

    private static final List<RuleFile> SHIPPED = new RuleFolder(Path.of("rules")).read();
    private static final String HOSTILE = "\nrule \"H\" when $c : Client() then System.exit(0); end\n"
            + "rule \"I\" @x(java.lang.Runtime.getRuntime()) when Client() then end\n";
    private static final AtomicInteger INPUTS = new AtomicInteger();
    private static final AtomicInteger REJECTED = new AtomicInteger();

    private final RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());

    @AfterContainer
    static void report() {
        System.out.printf("Rule compiler fuzzing: %d damaged rule files, %d rejected with problems, 0 uncaught exceptions%n",
                INPUTS.get(), REJECTED.get());
    }

    @Property(tries = 400, seed = "20261126", shrinking = ShrinkingMode.OFF)
    void shouldCompileOrReportDamagedDrlButNeverThrow(@ForAll("drl") String drl) {
        compileOrReport(RuleFile.of("rules/fuzzed.drl", Mutations.utf8(drl)));
    }

    @Property(tries = 150, seed = "20261127", shrinking = ShrinkingMode.OFF)
    void shouldCompileOrReportDamagedWorkbooksButNeverThrow(@ForAll("workbooks") byte[] workbook) {
        compileOrReport(RuleFile.of("rules/fuzzed.xlsx", workbook));
    }

    @Provide
    Arbitrary<String> drl() {
        List<String> texts = SHIPPED.stream().filter(file -> file.kind() == RuleKind.DRL).map(RuleFile::text).toList();
        return Arbitraries.randomValue(random -> {
            String base = texts.get(random.nextInt(texts.size()));
            String spliced = random.nextInt(4) == 0 ? base + HOSTILE : base;
            return random.nextInt(10) == 0 ? spliced : Mutations.mutate(spliced, random);
        });
    }

    @Provide
    Arbitrary<byte[]> workbooks() {
        List<byte[]> tables = SHIPPED.stream().filter(file -> file.kind() == RuleKind.DECISION_TABLE).map(RuleFile::content).toList();
        return Arbitraries.randomValue(random -> workbook(tables, random));
    }

    private static byte[] workbook(List<byte[]> tables, Random random) {
        return random.nextInt(5) == 0 ? Inputs.file(random) : Mutations.mutate(tables.get(random.nextInt(tables.size())), random);
    }

    private void compileOrReport(RuleFile file) {
        INPUTS.incrementAndGet();
        try {
            assertThat(compiler.compile(List.of(file)).rules()).allSatisfy(rule -> assertThat(rule.name()).isNotBlank());
            assertThat(file.text()).doesNotContain("System.exit");
        } catch (RuleSetInvalidException e) {
            REJECTED.incrementAndGet();
            assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.source()).isIn("rules/fuzzed.drl", "rules/fuzzed.xlsx", "rules");
                assertThat(problem.message()).isNotBlank();
            });
        }
    }
}
