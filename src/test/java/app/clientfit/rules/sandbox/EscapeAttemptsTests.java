package app.clientfit.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;
import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;
import app.clientfit.rules.RuleSetInvalidException;
import app.clientfit.rules.problem.RuleProblem;

/**
 * The red team: every way out of a rule file found so far. Each file is refused with the line of the
 * escape, and its code never runs: the marker file it would write never appears. Should a file ever be
 * accepted, it is run on a client at once, so that the test sees what it does. Add to this list
 * whenever the allow-list grows or a new way out is found.
 */
class EscapeAttemptsTests {

    private static final String HEADER = """
            package clientfit.rules;
            import app.clientfit.facts.Client;
            import app.clientfit.facts.Finding;
            """;
    /** What each attempt would do once out: write the marker file. */
    private static final String WRITE = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"%MARK%\"), \"escaped\")";

    private final RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());

    @TempDir
    Path folder;
    private Path marker;

    @BeforeEach
    void placeTheMarker() {
        marker = folder.resolve("escaped");
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                // the engine handle and its aliases
                escape("engine handle in brackets", "rule \"R\" when Client() then\n"
                        + "    (drools).getProjectClassLoader().getResources(\"application.properties\").nextElement().openStream();\nend", 5),
                escape("engine handle in a variable", "rule \"R\" when Client() then\n    Object d = drools;\nend", 5),
                escape("engine handle as an argument", "rule \"R\" when Client() then\n    java.util.Optional.of(drools).get();\nend", 5),
                escape("engine handle inserted", "rule \"R\" when Client() then\n    insert(kcontext);\nend", 5),
                escape("engine internals", "rule \"R\" when Client() then\n    drools.getKieRuntime().getKieBase();\nend", 5),
                escape("the working memory", "rule \"R\" when Client() then\n    kcontext.getKieRuntime().halt();\nend", 5),
                escape("the rule's class loader", "rule \"R\" when Client() then\n    drools.getRule().getClass().getClassLoader();\nend", 5),
                // what the compiler reads differently from a rule parser
                escape("line break escape in a comment", "rule \"R\" when Client() then\n    // \\u000a " + WRITE + ";\nend", 5),
                escape("escaped name of System", "rule \"R\" when Client() then\n    \\u0053ystem.setProperty(\"%MARK%\", \"x\");\nend", 5),
                escape("escape of an escape", "rule \"R\" when Client() then\n    \\u005cu0053ystem.exit(3);\nend", 5),
                escape("comment closed by an escape", "rule \"R\" when Client() then\n    /* \\u002a/ " + WRITE + "; /* */\nend", 5),
                // reflection, class names built from text, lambdas
                escape("class by a name built from text", "rule \"R\" when Client() then\n    Class.forName(\"java.lang.\" + \"Runtime\");\nend", 5),
                escape("class literal", "rule \"R\" when Client() then\n    Object o = Client.class.getProtectionDomain();\nend", 5),
                escape("class property in a condition", "rule \"R\" when\n    Client(this.class.protectionDomain != null)\nthen end", 5),
                escape("class literal in a condition", "rule \"R\" when\n    Client(Client.class.classLoader != null)\nthen end", 5),
                escape("get class of a fact", "rule \"R\" when $c : Client() then\n    $c.getAttributes().getClass().getClassLoader();\nend", 5),
                escape("lambda", "rule \"R\" when Client() then\n    Runnable r = () -> " + WRITE + ";\nend", 5),
                escape("method reference", "rule \"R\" when Client() then\n    Object s = System::lineSeparator;\nend", 5),
                escape("anonymous class", "rule \"R\" when Client() then\n    Object o = new Object() { public String toString() { return \"\"; } };\nend", 5),
                escape("static import of a function", "import function java.lang.System.exit;\nrule \"R\" when Client() then\n    exit(3);\nend", 4),
                escape("cast to a dangerous type", "rule \"R\" when $c : Client() then\n    Object f = (java.io.File) null;\nend", 5),
                // the platform by its full name, in every place code stands
                escape("files in a consequence", "rule \"R\" when Client() then\n    " + WRITE + ";\nend", 5),
                escape("files in a condition", "rule \"R\" when\n    Client(name == java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/hostname\")))\nthen end", 5),
                escape("files in eval", "rule \"R\" when\n    Client()\n    eval(" + WRITE + " != null)\nthen end", 6),
                escape("files in from", "rule \"R\" when\n    $s : Object() from " + WRITE + "\nthen end", 5),
                escape("files in accumulate code", "rule \"R\" when\n    Number() from accumulate(Finding(), init(Object o = " + WRITE
                        + ";) action() result(0))\nthen end", 5),
                escape("files in a salience", "rule \"R\" salience (" + WRITE + ".hashCode()) when Client() then end", 4),
                escape("files in a function", "function void out() {\n    " + WRITE + ";\n}\nrule \"R\" when Client() then out(); end", 5),
                escape("process", "rule \"R\" when Client() then\n    new ProcessBuilder(\"touch\", \"%MARK%\").start();\nend", 5),
                escape("thread", "rule \"R\" when Client() then\n    new Thread(\"x\").start();\nend", 5),
                escape("system property", "rule \"R\" when Client() then\n    System.setProperty(\"%MARK%\", \"x\");\nend", 5),
                escape("reflection the rule language imports by itself", "rule \"R\" when\n    Client(Array.newInstance(Long.TYPE, 500000000) != null)\nthen end", 5),
                escape("inline cast of the rule language", "rule \"R\" when\n    Client(attributes#java.io.File.path != null)\nthen end", 5),
                // changing what is not the rule's
                escape("a setter of the client", "rule \"R\" when $c : Client() then\n    $c.setName(\"someone else\");\nend", 5),
                escape("the client's attributes", "rule \"R\" when $c : Client() then\n    $c.getAttributes().put(\"x\", 1);\nend", 5),
                escape("an assignment to a fact's field", "rule \"R\" when $c : Client() then\n    $c.name = \"x\";\nend", 5),
                // costs without bound
                escape("text memory bomb", "rule \"R\" when Client() then\n    String s = \"x\".repeat(2000000000);\nend", 5),
                escape("format memory bomb", "rule \"R\" when Client() then\n    String s = String.format(\"%999999999d\", 1);\nend", 5),
                escape("number memory bomb", "rule \"R\" when Client() then\n    Object n = java.math.BigInteger.TEN.pow(999999999);\nend", 5),
                escape("decimal from text", "rule \"R\" when Client() then\n    Object n = new java.math.BigDecimal(\"1e999999999\");\nend", 5),
                escape("endless loop", "rule \"R\" when Client() then\n    for (;;) { }\nend", 5),
                escape("catching what stops a rule", "rule \"R\" when Client() then\n    try { insert(1); } catch (Throwable t) { }\nend", 5),
                escape("arrays", "rule \"R\" when Client() then\n    long[] big = new long[500000000];\nend", 5),
                // declarations that the engine runs while it builds
                escape("declared type", "declare Evil\n    x : String = " + WRITE + "\nend\nrule \"R\" when Client() then end", 4),
                escape("global", "global java.io.File file;\nrule \"R\" when Client() then end", 4),
                escape("reserved package", "package app.clientfit.facts;\nrule \"R\" when Client() then end", 4),
                escape("function that is a type", "function String System() { return \"\"; }\nrule \"R\" when Client() then end", 4));
    }

    private static Arguments escape(String name, String body, int line) {
        return Arguments.of(name, body, line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void shouldRefuseTheEscapeAtItsLineAndRunNothing(String name, String body, int line) throws IOException {
        String drl = HEADER + body.replace("%MARK%", marker.toString().replace("\\", "/")) + "\n";

        List<RuleProblem> problems = problemsOf(drl);

        assertThat(problems).as(name).anySatisfy(problem -> {
            assertThat(problem.source()).isEqualTo("rules/escape.drl");
            assertThat(problem.location()).startsWith("line " + line);
        });
        assertThat(marker).as(name + ": the rule's code ran").doesNotExist();
        assertThat(System.getProperty(marker.toString())).isNull();
    }

    @org.junit.jupiter.api.Test
    void shouldNameTheLineOfEachEscapeInALongConsequence() throws IOException {
        List<RuleProblem> problems = problemsOf(HEADER + """
                rule "Several" when $c : Client() then
                    String name = $c.getName();
                    Object f = (java.util.function.Function<Object, Object>) null;
                    Object d = java.util.Optional.of(drools);
                    int n = name.length() + Client.class.hashCode();
                end
                """);

        assertThat(problems).extracting(RuleProblem::location)
                .anySatisfy(location -> assertThat(location).startsWith("line 6, "))
                .anySatisfy(location -> assertThat(location).startsWith("line 7, "))
                .anySatisfy(location -> assertThat(location).startsWith("line 8, "))
                .noneSatisfy(location -> assertThat(location).startsWith("line 5"));
    }

    private List<RuleProblem> problemsOf(String drl) throws IOException {
        RuleFile file = RuleFile.of("rules/escape.drl", drl.getBytes(StandardCharsets.UTF_8));
        RuleSet accepted;
        try {
            accepted = compiler.compile(List.of(file));
        } catch (RuleSetInvalidException e) {
            return e.problems();
        }
        Client client = new Client();
        client.setClientId("red-team");
        client.setStage(Stage.ACTIVE);
        try {
            new app.clientfit.evaluation.Evaluator().evaluate(client, accepted);
        } catch (RuntimeException e) {
            // what it did is what the caller asserts
        }
        throw new AssertionError("the file was accepted" + (Files.exists(marker) ? " and its code ran" : "") + ":\n" + drl);
    }
}
