package app.clientfit.rules.sandbox;

import static app.clientfit.spreadsheet.TestWorkbooks.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleSetCompiler;
import app.clientfit.rules.RuleSetInvalidException;
import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.spreadsheet.TestWorkbooks;

/** A spreadsheet cell becomes rule code: hostile cells are refused with their sheet and row. */
class HostileDecisionTablesTests {

    private static final String CONDITION = "complaintsPerMonth >= $param";
    private static final String ACTION = "insert(new Finding(drools.getRule().getName(), \"X\", $param, $c.explain(\"r\")));";

    private final RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());

    @Test
    void shouldRefuseCodeSmuggledIntoAConditionCell() {
        byte[] table = table(null, CONDITION, ACTION, "1 || java.lang.Runtime.getRuntime().availableProcessors() > 0", "-10");

        assertThat(problemsOf("rules/evil.xlsx", table)).anySatisfy(problem -> {
            assertThat(problem.location()).matches("sheet Evil, (row |cell [A-Z]+)11");
            // a number cell is checked for being a number before any code is looked at
            assertThat(problem.message()).containsAnyOf("'java.lang.Runtime' is not allowed", "is not a number");
        });
    }

    @Test
    void shouldRefuseAnActionCellThatIsCode() {
        byte[] table = table(null, CONDITION, "$param", "3", "System.exit(0);");

        assertThat(problemsOf("rules/evil.xlsx", table)).anySatisfy(problem -> {
            assertThat(problem.location()).matches("sheet Evil, (row |cell [A-Z]+)11");
            assertThat(problem.message()).contains("the type 'System' is not allowed");
        });
    }

    @Test
    void shouldRefuseAReasonCellThatBreaksOutOfItsQuotes() {
        byte[] table = table(null, CONDITION, "insert(new Finding(drools.getRule().getName(), \"X\", -1, $c.explain(\"$param\")));",
                "3", "\") + System.getenv(\"HOME\") + (\"");

        assertThat(problemsOf("rules/evil.xlsx", table)).anySatisfy(problem -> {
            assertThat(problem.location()).matches("sheet Evil, (row |cell [A-Z]+)11");
            assertThat(problem.message()).contains("the type 'System' is not allowed");
        });
    }

    @Test
    void shouldRefuseAnImportRowOutsideTheAllowList() {
        byte[] table = table(new String[] {"Import", "app.clientfit.facts.Client, app.clientfit.facts.Finding, java.io.File"},
                CONDITION, ACTION, "3", "-10");

        assertThat(problemsOf("rules/evil.xlsx", table)).anySatisfy(problem -> {
            assertThat(problem.location()).isEqualTo("sheet Evil");
            assertThat(problem.message()).contains("import of 'java.io.File' is not allowed");
        });
    }

    @Test
    void shouldRefuseAFunctionsRowCallingSystem() {
        byte[] table = table(new String[] {"Functions", "function void boom() { System.exit(1); }"}, CONDITION, ACTION, "3", "-10");

        assertThat(problemsOf("rules/evil.xlsx", table)).anySatisfy(problem -> {
            assertThat(problem.location()).isEqualTo("sheet Evil");
            assertThat(problem.message()).contains("the type 'System' is not allowed");
        });
    }

    @Test
    void shouldRefuseAVariablesRowOfADangerousType() {
        byte[] table = table(new String[] {"Variables", "java.lang.Runtime runtime"}, CONDITION, ACTION, "3", "-10");

        assertThat(problemsOf("rules/evil.xlsx", table)).anySatisfy(problem -> {
            assertThat(problem.location()).isEqualTo("sheet Evil");
            assertThat(problem.message()).contains("globals are not used");
        });
    }

    @Test
    void shouldRefuseAHostileCellOfACsvTable() {
        String csv = """
                RuleSet,clientfit.rules
                Import,"app.clientfit.facts.Client, app.clientfit.facts.Finding"
                ,
                RuleTable Csv,,
                NAME,CONDITION,ACTION
                ,$c : Client,
                ,complaintsPerMonth >= $param,$param
                Rule,Complaints,Code
                Evil,2,new java.io.File(drools.getRule().getName()).delete();
                """;

        assertThat(problemsOf("rules/evil.csv", csv.getBytes(StandardCharsets.UTF_8))).anySatisfy(problem -> {
            assertThat(problem.location()).isEqualTo("row 9");
            assertThat(problem.message()).contains("'java.io.File' is not allowed");
        });
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            engine handle in brackets   | insert(new Finding((drools).getRule().getName(), "X", -1, "r"));
            engine handle stored        | Object d = drools;
            unicode line break          | // \\u000a System.exit(3);
            escaped type name           | \\u0053ystem.exit(3);
            lambda                      | Runnable r = () -> insert(1);
            class literal               | Object o = Client.class.getClassLoader();
            memory bomb                 | String s = "x".repeat(2000000000);
            setter of the client        | $c.setName("x");
            """)
    void shouldRefuseAnEscapeInAnActionCellAtItsRow(String name, String actionCell) {
        byte[] table = table(null, CONDITION, "$param", "3", actionCell);

        assertThat(problemsOf("rules/evil.xlsx", table)).as(name).anySatisfy(problem ->
                assertThat(problem.location()).matches("sheet Evil, (row |cell [A-Z]+)11"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            class property            | this.class.classLoader != null
            qualified platform type   | java.nio.file.Files.exists(java.nio.file.Path.of("/"))
            reflection of conditions  | Array.getLength(null) == 0
            escaped type name         | \\u0053ystem.nanoTime() > 0
            """)
    void shouldRefuseAnEscapeInAConditionCellAtItsRow(String name, String conditionCell) {
        byte[] table = table(null, "$param", ACTION, "complaintsPerMonth >= 3", conditionCell);

        assertThat(problemsOf("rules/evil.xlsx", table)).as(name).anySatisfy(problem ->
                assertThat(problem.location()).matches("sheet Evil, (row |cell [A-Z]+)11"));
    }

    @Test
    void shouldAcceptTheSameTableWithHarmlessCells() {
        assertThat(compiler.compile(List.of(RuleFile.of("rules/fine.xlsx", table(null, CONDITION, ACTION, "5", "-20")))).rules())
                .extracting(rule -> rule.name()).containsExactly("Harmless", "Second");
    }

    private List<RuleProblem> problemsOf(String source, byte[] content) {
        try {
            compiler.compile(List.of(RuleFile.of(source, content)));
        } catch (RuleSetInvalidException e) {
            return e.problems();
        }
        throw new AssertionError("the hostile table was accepted");
    }

    /** A table with one harmless row (10) and the row under test (11), in sheet "Evil". */
    static byte[] table(String[] extraHeaderRow, String condition, String action, String conditionCell, String actionCell) {
        return TestWorkbooks.workbook(workbook -> {
            Sheet sheet = workbook.createSheet("Evil");
            row(sheet, 0, "RuleSet", "clientfit.rules");
            row(sheet, 1, "Import", "app.clientfit.facts.Client, app.clientfit.facts.Finding");
            if (extraHeaderRow != null) {
                row(sheet, extraHeaderRow[0].equals("Import") ? 1 : 2, extraHeaderRow);
            }
            row(sheet, 4, "RuleTable Evil");
            row(sheet, 5, "NAME", "CONDITION", "ACTION");
            row(sheet, 6, "", "$c : Client", "");
            row(sheet, 7, "", condition, action);
            row(sheet, 8, "Rule", "Complaints at least", "Action");
            row(sheet, 9, "Harmless", "3", "-10");
            row(sheet, 10, "Second", conditionCell, actionCell);
        });
    }

}
