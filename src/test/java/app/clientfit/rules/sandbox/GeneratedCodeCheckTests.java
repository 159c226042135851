package app.clientfit.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import app.clientfit.facts.Client;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;
import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.spreadsheet.DecisionTableConverter;
import app.clientfit.spreadsheet.GeneratedDrl;
import app.clientfit.spreadsheet.TestWorkbooks;

/**
 * The check of what the engine generated, alone: fed with rules the engine built directly, past the check
 * of rule text, as if that check had missed them. Everything that leaves the rulebook is refused at the
 * rule (function) it came from, and none of it has run.
 */
class GeneratedCodeCheckTests {

    static final String PWNED = "clientfit.test.pwned";
    /** Sets the marker: were any hostile code run, this would run too. */
    static final String MARK = "System.setProperty(\"" + PWNED + "\", \"yes\")";
    static final String HEADER = """
            package clientfit.rules;
            import app.clientfit.facts.Client;
            import app.clientfit.facts.Finding;
            """;

    private final GeneratedCodeCheck check = new GeneratedCodeCheck();

    @AfterEach
    void forgetThePwnedMarker() {
        System.clearProperty(PWNED);
    }

    /** name, the lines after the header (line 4 on; MARK is replaced), the place of the problem, a piece of its message. */
    static Stream<Arguments> hostileRules() {
        return Stream.of(
                hostile("runtime exec", "rule \"R\" when Client() then\n    MARK;\n    Runtime.getRuntime().exec(\"true\");\nend",
                        "line 4", "'java.lang.Runtime.exec(...)' is not allowed in rules (found in the code the engine built for rule 'R')"),
                hostile("exit", "rule \"R\" when Client() then\n    MARK;\n    System.exit(0);\nend", "line 4", "'java.lang.System.exit(...)'"),
                hostile("system property", "rule \"R\" when Client() then\n    MARK;\n    insert(System.getProperty(\"user.home\"));\nend",
                        "line 4", "'java.lang.System.getProperty(...)'"),
                hostile("class literal", "rule \"R\" when Client() then\n    MARK;\n    Object m = String.class.getMethods();\nend",
                        "line 4", "'java.lang.Class.getMethods(...)'"),
                hostile("class for name", "rule \"R\" when Client() then\n    MARK;\n    Class.forName(\"java.lang.Runtime\");\nend",
                        "line 4", "'java.lang.Class.forName(...)'"),
                hostile("lambda", "rule \"R\" when Client() then\n    Runnable r = () -> MARK;\n    r.run();\nend",
                        "line 4", "a lambda or method reference"),
                hostile("anonymous runnable", "rule \"R\" when Client() then\n    new Runnable() { public void run() { MARK; } }.run();\nend",
                        "line 4", "the type 'java.lang.Runnable'"),
                hostile("file", "rule \"R\" when Client() then\n    MARK;\n    new java.io.File(\"/tmp/x\").delete();\nend",
                        "line 4", "'new java.io.File(...)'"),
                hostile("thread", "rule \"R\" when Client() then\n"
                        + "    new Thread(new Object() { public String toString() { return MARK; } }.toString()).start();\nend",
                        "line 4", "'new java.lang.Thread(...)'"),
                hostile("kie runtime", "rule \"R\" when Client() then\n    MARK;\n    drools.getKieRuntime().halt();\nend",
                        "line 4", "'org.drools.core.rule.consequence.KnowledgeHelper.getKieRuntime(...)'"),
                hostile("kie runtime through kcontext", "rule \"R\" when Client() then\n    MARK;\n    kcontext.getKieRuntime().halt();\nend",
                        "line 4", ".getKieRuntime(...)' is not allowed"),
                hostile("working memory", "rule \"R\" when Client() then\n    MARK;\n    drools.getWorkingMemory().halt();\nend",
                        "line 4", "'org.drools.core.rule.consequence.KnowledgeHelper.getWorkingMemory(...)'"),
                hostile("resource through a class loader", "rule \"R\" when $c : Client() then\n    MARK;\n"
                        + "    insert($c.getClass().getClassLoader().getResourceAsStream(\"application.properties\"));\nend",
                        "line 4", "'java.lang.ClassLoader.getResourceAsStream(...)'"),
                hostile("function calling System", "function String home() {\n    MARK;\n    return System.getenv(\"HOME\");\n}\n"
                        + "rule \"R\" when Client() then end", "line 4",
                        "'java.lang.System.getenv(...)' is not allowed in rules (found in the code the engine built for function 'home')"),
                hostile("eval calling System", "rule \"R\" when\n    Client()\n    eval(MARK != null || System.currentTimeMillis() > 0)\nthen end",
                        "line 4", "'java.lang.System.currentTimeMillis(...)'"),
                hostile("accumulate code calling System", "rule \"R\" when\n    $n : Number() from accumulate(Finding($p : points),\n"
                        + "        init(String home = MARK;), action(home = System.getProperty(\"user.home\");), result(home))\nthen end",
                        "line 4", "'java.lang.System.getProperty(...)'"),
                hostile("eval in a query", "query \"big ones\" (int n)\n    Finding()\n    eval(n > System.nanoTime())\nend", "line 4",
                        "'java.lang.System.nanoTime(...)' is not allowed in rules (found in the code the engine built for rule 'big ones')"),
                hostile("a rule name the engine must spell out", "rule \"Verdict: $ of 100%\" when Client() then\n    MARK;\nend", "line 4",
                        "(found in the code the engine built for rule 'Verdict: $ of 100%')"),
                hostile("a class smuggled into the rule's file", "rule \"R\" when Client() then\n    }\n    static { MARK; }\n"
                        + "    public static void more() {\nend", "line 4", "'java.lang.System.setProperty(...)'"),
                hostile("declared type", "declare Evil\n    x : String\nend\nrule \"R\" when Client() then end", "line 4",
                        "a declared type is not allowed in rules (found in the code the engine built for declared type 'Evil')"),
                hostile("state kept between evaluations", "rule \"R\" when $c : Client() then\n"
                        + "    java.util.List<Object> seen = new Object() {\n"
                        + "        static java.util.List<Object> all = new java.util.ArrayList<>();\n"
                        + "        java.util.List<Object> all() { return all; } }.all();\n"
                        + "    seen.add(\"a client\");\n"
                        + "    MARK;\nend", "line 4", "a static field"),
                hostile("synchronized", "rule \"R\" when $c : Client() then\n    synchronized ($c) { MARK; }\nend", "line 4", "'synchronized'"),
                hostile("catching", "rule \"R\" when Client() then\n    try { MARK; } catch (Throwable t) { }\nend", "line 4", "catching an exception"),
                hostile("finally", "rule \"R\" when Client() then\n    try { MARK; } finally { insert(\"x\"); }\nend", "line 4", "a 'finally' block"),
                hostile("standard output", "rule \"R\" when Client() then\n    MARK;\n    System.out.println(\"x\");\nend",
                        "line 4", "'java.lang.System.out'"));
    }

    private static Arguments hostile(String name, String body, String location, String message) {
        return Arguments.of(name, body.replace("MARK", MARK), location, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRules")
    void shouldRefuseWhatTheEngineBuiltForHostileCodeAtTheRuleItCameFrom(String name, String body, String location, String message) {
        String drl = HEADER + body + "\n";
        CodeOrigins origins = new DrlOrigins().add("rules/hostile.drl", drl, DrlOrigins.lines());

        List<RuleProblem> problems = check.check(EngineBuilds.build(List.of(drl)), origins);

        assertThat(problems).as(name).anySatisfy(problem -> {
            assertThat(problem.source()).isEqualTo("rules/hostile.drl");
            assertThat(problem.location()).isEqualTo(location);
            assertThat(problem.message()).contains(message);
        });
        assertThat(System.getProperty(PWNED)).as("the hostile code ran").isNull();
    }

    @Test
    void shouldRefuseCodeThatRunsAsSoonAsTheRuleFires() {
        String drl = HEADER + "rule \"R\" when Client() then\n    Runnable r = () -> " + MARK + ";\n    r.run();\nend\n";
        KieBase kieBase = EngineBuilds.build(List.of(drl));

        assertThat(check.check(kieBase, new DrlOrigins().add("rules/hostile.drl", drl, DrlOrigins.lines()))).isNotEmpty();
        assertThat(System.getProperty(PWNED)).isNull();

        KieSession session = kieBase.newKieSession(); // what the check keeps from happening: the marker works
        try {
            session.insert(new Client());
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        assertThat(System.getProperty(PWNED)).isEqualTo("yes");
    }

    @Test
    void shouldSayTheSheetAndRowOfTheTableRuleTheRefusedCodeCameFrom() {
        byte[] table = TestWorkbooks.payment(sheet -> TestWorkbooks.set(sheet, "H11", "\") + System.getenv(\"HOME\") + (\""));
        GeneratedDrl sheet = new DecisionTableConverter().convert("rules/payment.xlsx", table).get(0);
        CodeOrigins origins = new DrlOrigins().add("rules/payment.xlsx", sheet.drl(),
                (line, column) -> "sheet " + sheet.sheet() + ", row " + sheet.rowOfLine(line));

        List<RuleProblem> problems = check.check(EngineBuilds.build(List.of(sheet.drl())), origins);

        assertThat(problems).containsExactly(new RuleProblem("rules/payment.xlsx", "sheet Payment, row 11",
                "'java.lang.System.getenv(...)' is not allowed in rules (found in the code the engine built for rule 'Pays very late')"));
    }

    @Test
    void shouldFindNothingToRefuseInTheShippedRulebook() {
        RuleSet ruleSet = new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(Path.of("rules")).read());

        assertThat(check.check(ruleSet.kieBase(), (kind, packageName, name) -> null)).isEmpty();
    }

    @Test
    void shouldAcceptWhatARulebookNeeds() {
        String drl = HEADER + """
                import app.clientfit.facts.Verdict;
                import java.util.List;
                function int atLeast(int value, int floor) { return Math.max(value, floor); }
                rule "Allowed" @severity(2) salience -10
                when
                    $c : Client(name != null, name.length() > 2, complaintsPerMonth >= 3 && < 100, attributeBelow("budget", 500))
                    $f : Finding(category matches "PAY.*", category in ("PAYMENT", "FIT"), $p : points)
                    $n : Number(intValue < 0) from accumulate(Finding($x : points), sum($x))
                    $all : List() from collect(Finding())
                    $most : Number() from accumulate(Finding($y : points), init(int most = 0;), action(most = Math.max(most, $y);),
                                                     reverse(most = 0;), result(Integer.valueOf(most)))
                    eval(atLeast($p, 1) > 0)
                    not Verdict()
                then
                    String reason = $c.getName().toUpperCase().trim() + ": " + atLeast($p, 0);
                    for (Object item : $all) { reason = reason + "."; }
                    modify($f) { waive(drools.getRule().getName()) }
                    insert(new Finding(kcontext.getRule().getName(), "X", Math.abs($n.intValue()), $c.explain(reason)));
                    insert(new Verdict(Verdict.BAD, "because " + $c.getAttributes().getOrDefault("budget", 0) + $most));
                end
                query "negative findings" (int limit)
                    $f : Finding(points < limit)
                    eval(limit < 0)
                end
                """;

        assertThat(check.check(EngineBuilds.build(List.of(drl)), new DrlOrigins().add("rules/allowed.drl", drl, DrlOrigins.lines())))
                .isEmpty();
    }
}
