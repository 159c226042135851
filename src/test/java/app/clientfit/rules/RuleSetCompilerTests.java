package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;

class RuleSetCompilerTests {

    private final RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());

    private static final String HEADER = """
            package clientfit.rules;
            import app.clientfit.facts.Client;
            import app.clientfit.facts.Finding;
            """;

    @Test
    void shouldNameEachDrlRuleWithItsLine() {
        RuleSet ruleSet = compiler.compile(List.of(drl("rules/grösse.drl", HEADER + """

                rule "Große Beschwerde"
                when
                    $c : Client(complaintsPerMonth > 1)
                then
                    insert(new Finding(drools.getRule().getName(), "COMMUNICATION", -5, "Ärger über Kleinigkeiten"));
                end
                """)));

        assertThat(ruleSet.rules()).containsExactly(
                new RuleDefinition("clientfit.rules", "Große Beschwerde", "rules/grösse.drl", "line 5"));
    }

    @Test
    void shouldReportASyntaxErrorWithFileAndLine() {
        assertThatThrownBy(() -> compiler.compile(List.of(drl("rules/broken.drl", HEADER + """
                rule "Broken"
                when
                    Client(complaintsPerMonth > )
                then
                end
                """))))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems().get(0).source()).isEqualTo("rules/broken.drl");
                    assertThat(e.problems().get(0).location()).startsWith("line 6");
                });
    }

    @Test
    void shouldRejectTwoRulesOfTheSameNameInDifferentFiles() {
        String rule = HEADER + "rule \"Twice\" when Client() then end\n";

        assertThatThrownBy(() -> compiler.compile(List.of(drl("rules/a.drl", rule), drl("rules/b.drl", rule))))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, e -> assertThat(e.problems().get(0).message())
                        .contains("two rules named 'Twice'", "rules/a.drl, line 4", "rules/b.drl, line 4"));
    }

    @Test
    void shouldRejectAnEmptyRuleFolder() {
        assertThatThrownBy(() -> compiler.compile(List.of()))
                .isInstanceOfSatisfying(RuleSetInvalidException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("holds no rule files"));
    }

    @Test
    void shouldLoadACsvDecisionTableNamedPlainly() {
        String csv = """
                RuleSet,clientfit.rules
                Import,"app.clientfit.facts.Client, app.clientfit.facts.Finding"
                ,
                RuleTable Csv table,,,,
                NAME,CONDITION,ACTION,ACTION,ACTION
                ,$c : Client,,,
                ,complaintsPerMonth >= $param,"String category = ""$param"";",int points = $param;,"insert(new Finding(drools.getRule().getName(), category, points, $c.explain(""$param"")));"
                Rule,Complaints at least,Category,Points,Reason
                Nörgler,2,COMMUNICATION,-10,{complaintsPerMonth} Beschwerden
                """;

        RuleSet ruleSet = compiler.compile(List.of(RuleFile.of("rules/nörgler.csv", csv.getBytes(StandardCharsets.UTF_8))));

        assertThat(ruleSet.rules()).extracting(RuleDefinition::name, RuleDefinition::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Nörgler", "row 9"));
        Client client = new Client();
        client.setClientId("x");
        client.setStage(Stage.ACTIVE);
        client.setComplaintsPerMonth(3);
        assertThat(new app.clientfit.evaluation.Evaluator().evaluate(client, ruleSet).findings())
                .extracting(f -> f.reason()).containsExactly("3 Beschwerden");
    }

    @Test
    void shouldGiveTheSameVersionForTheSameFilesAndAnotherForAChange() {
        RuleFile a = drl("rules/a.drl", HEADER + "rule \"A\" when Client() then end\n");
        RuleFile changed = drl("rules/a.drl", HEADER + "rule \"A\" when Client(chaotic == true) then end\n");

        assertThat(compiler.compile(List.of(a)).version())
                .isEqualTo(compiler.compile(List.of(a)).version())
                .isNotEqualTo(compiler.compile(List.of(changed)).version());
    }

    private static RuleFile drl(String source, String text) {
        return RuleFile.of(source, text.getBytes(StandardCharsets.UTF_8));
    }
}
