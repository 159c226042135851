package app.clientfit.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleSetCompiler;
import app.clientfit.rules.RuleSetInvalidException;
import app.clientfit.rules.problem.RuleProblem;

/**
 * DRL files that try to leave the rulebook: each one is rejected as a whole, with the line of what is
 * not allowed, in the same report as any other rule error, and none of its code ever runs.
 */
class HostileRuleFilesTests {

    private static final String HEADER = """
            package clientfit.rules;
            import app.clientfit.facts.Client;
            import app.clientfit.facts.Finding;
            """;
    private static final String PWNED = "clientfit.test.pwned";

    private final RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());

    @AfterEach
    void forgetThePwnedMarker() {
        System.clearProperty(PWNED);
    }

    /** name, the lines after the header (line 4 on), the line of the problem, a piece of its message. */
    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                hostile("exit in a consequence", "rule \"R\" when Client() then\n    System.exit(0);\nend", 5, "the type 'System' is not allowed"),
                hostile("runtime exec", "rule \"R\" when Client() then\n    Runtime.getRuntime().exec(\"rm -rf /\");\nend", 5, "not allowed"),
                hostile("process builder", "rule \"R\" when Client() then\n    new ProcessBuilder(\"sh\").start();\nend", 5, "the type 'ProcessBuilder' is not allowed"),
                hostile("thread", "rule \"R\" when Client() then\n    new Thread(() -> {}).start();\nend", 5, "the type 'Thread' is not allowed"),
                hostile("class for name", "rule \"R\" when Client() then\n    Class.forName(\"java.lang.Runtime\");\nend", 5, "the type 'Class' is not allowed"),
                hostile("get class", "rule \"R\" when $c : Client() then\n    Object loader = $c.getClass().getClassLoader();\nend", 5, "'Client.getClass(...)' is not allowed"),
                hostile("class literal", "rule \"R\" when Client() then\n    Object m = String.class.getMethods();\nend", 5, "class literals"),
                hostile("reflection package", "rule \"R\" when Client() then\n    java.lang.reflect.Method m = null;\nend", 5, "'java.lang.reflect.Method' is not allowed"),
                hostile("file io", "rule \"R\" when Client() then\n    new java.io.File(\"/etc/passwd\").delete();\nend", 5, "'java.io.File' is not allowed"),
                hostile("nio", "rule \"R\" when Client() then\n    java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));\nend", 5, "'java.nio.file.Files' is not allowed"),
                hostile("network", "rule \"R\" when Client() then\n    new java.net.URL(\"http://example.org\").openStream();\nend", 5, "'java.net.URL' is not allowed"),
                hostile("import of java.io", "import java.io.File;\nrule \"R\" when Client() then end", 4, "import of 'java.io.File' is not allowed"),
                hostile("global of a dangerous type", "global java.lang.Runtime runtime;\nrule \"R\" when Client() then end", 4, "globals are not used"),
                hostile("function calling System", "function String home() {\n    return System.getenv(\"HOME\");\n}\nrule \"R\" when Client() then end", 5, "the type 'System' is not allowed"),
                hostile("eval with dangerous code", "rule \"R\" when\n    Client()\n    eval(System.currentTimeMillis() > 0)\nthen end", 6, "the type 'System' is not allowed"),
                hostile("from a constructor", "rule \"R\" when\n    $in : Object() from new java.io.FileInputStream(\"/etc/passwd\")\nthen end", 5, "'java.io.FileInputStream' is not allowed"),
                hostile("qualified name in a constraint", "rule \"R\" when\n    Client(name == java.lang.System.getProperty(\"user.name\"))\nthen end", 5, "'java.lang.System' is not allowed"),
                hostile("pattern of a dangerous type", "rule \"R\" when\n    $r : java.lang.Runtime()\nthen end", 5, "facts of type 'java.lang.Runtime' is not allowed"),
                hostile("engine internals", "rule \"R\" when Client() then\n    drools.getKieRuntime().halt();\nend", 5, "'drools.getKieRuntime(...)' is not allowed"),
                hostile("mvel dialect", "rule \"R\" dialect \"mvel\" when Client() then end", 4, "only the java dialect"),
                hostile("anonymous class with a static initialiser", "rule \"R\" when Client() then\n    Object o = new Object() { static { System.exit(1); } };\nend", 5, "classes cannot be declared"),
                hostile("endless loop", "rule \"R\" when Client() then\n    while (true) { }\nend", 5, "a rule must always finish"),
                hostile("recursive function", "function int down(int n) {\n    return down(n + 1);\n}\nrule \"R\" when Client() then end", 4, "calls itself"),
                hostile("custom accumulate", "import accumulate java.lang.Object evil;\nrule \"R\" when Client() then end", 4, "import accumulate"),
                hostile("changing the attributes", "rule \"R\" when $c : Client() then\n    $c.getAttributes().clear();\nend", 5, "'Map.clear(...)' is not allowed"),
                hostile("dynamic salience", "rule \"R\" salience (System.nanoTime()) when Client() then end", 4, "the type 'System' is not allowed"),
                hostile("property navigation to the class", "rule \"R\" when\n    $c : Client(this.class != null)\nthen end", 5, "not allowed"),
                hostile("timer", "rule \"R\" timer (int: 1s 1s) when Client() then end", 4, "'timer' is not used"));
    }

    private static Arguments hostile(String name, String body, int line, String message) {
        return Arguments.of(name, body, line, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void shouldRejectTheWholeFileAtTheLineOfWhatIsNotAllowed(String name, String body, int line, String message) {
        List<RuleProblem> problems = problemsOf(HEADER + body + "\n");

        assertThat(problems).as(name).anySatisfy(problem -> {
            assertThat(problem.source()).isEqualTo("rules/hostile.drl");
            assertThat(problem.location()).startsWith("line " + line);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void shouldNeverRunAnAnnotationValueTheEngineWouldEvaluateWhileBuilding() {
        List<RuleProblem> problems = problemsOf(HEADER + "rule \"R\" @severity(System.setProperty(\"" + PWNED + "\", \"yes\"))\n"
                + "when Client() then end\n");

        assertThat(problems).anySatisfy(problem -> assertThat(problem.message()).contains("@severity must be a plain"));
        assertThat(System.getProperty(PWNED)).isNull();
    }

    @Test
    void shouldRefuseDeclaredTypesAndNeverRunTheirFieldInitialisers() {
        List<RuleProblem> problems = problemsOf(HEADER + "declare Evil\n    x : String = System.setProperty(\"" + PWNED + "\", \"yes\")\nend\n"
                + "rule \"R\" when Client() then end\n");

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.location()).startsWith("line 4");
            assertThat(problem.message()).contains("declared types are not used");
        });
        assertThat(System.getProperty(PWNED)).isNull();
    }

    @Test
    void shouldReportHostileCodeTogetherWithTheOtherRuleErrors() {
        RuleFile hostile = RuleFile.of("rules/hostile.drl", (HEADER + "rule \"R\" when Client() then\n    System.exit(0);\nend\n").getBytes(StandardCharsets.UTF_8));
        RuleFile broken = RuleFile.of("rules/broken.drl", (HEADER + "rule \"B\" when Client(complaintsPerMonth > ) then end\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> compiler.compile(List.of(hostile, broken)))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::source).contains("rules/hostile.drl", "rules/broken.drl"));
    }

    @Test
    void shouldAcceptWhatARulebookNeeds() {
        String allowed = HEADER + """
                import app.clientfit.facts.Verdict;
                import java.util.List;
                function int atLeast(int value, int floor) { return Math.max(value, floor); }
                rule "Allowed" @severity(2) salience -10
                when
                    $c : Client(name != null, name.length() > 2, complaintsPerMonth >= 3 && < 100, attributeBelow("budget", 500))
                    $f : Finding(category matches "PAY.*", category in ("PAYMENT", "FIT"), $p : points)
                    $n : Number(intValue < 0) from accumulate(Finding($x : points), sum($x))
                    $all : List() from collect(Finding())
                then
                    String reason = $c.getName().toUpperCase().trim() + ": " + atLeast($p, 0);
                    for (Object item : $all) { reason = reason + "."; }
                    modify($f) { waive(drools.getRule().getName()) }
                    insert(new Finding(drools.getRule().getName(), "X", Math.abs($n.intValue()), $c.explain(reason)));
                    insert(new Verdict(Verdict.BAD, "because " + $c.getAttributes().getOrDefault("budget", 0)));
                end
                """;

        assertThat(compiler.compile(List.of(RuleFile.of("rules/allowed.drl", allowed.getBytes(StandardCharsets.UTF_8)))).rules())
                .hasSize(1);
    }

    private List<RuleProblem> problemsOf(String drl) {
        try {
            compiler.compile(List.of(RuleFile.of("rules/hostile.drl", drl.getBytes(StandardCharsets.UTF_8))));
        } catch (RuleSetInvalidException e) {
            return e.problems();
        }
        throw new AssertionError("the hostile file was accepted:\n" + drl);
    }
}
