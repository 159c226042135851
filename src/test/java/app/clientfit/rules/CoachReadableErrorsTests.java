package app.clientfit.rules;

import static app.clientfit.spreadsheet.TestWorkbooks.encrypted;
import static app.clientfit.spreadsheet.TestWorkbooks.payment;
import static app.clientfit.spreadsheet.TestWorkbooks.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.spreadsheet.TestWorkbooks;

/**
 * Every kind of mistake a coach makes in a workbook or a DRL file is reported with the file, the sheet
 * and cell (or line and column) and what is wrong in plain words.
 */
class CoachReadableErrorsTests {

    private static final String TABLE = "rules/payment.xlsx";
    private static final String HEADER = """
            package clientfit.rules;
            import app.clientfit.facts.Client;
            import app.clientfit.facts.Finding;
            """;

    private final RuleSetCompiler compiler = new RuleSetCompiler(Clock.systemUTC());

    @Test
    void shouldAcceptTheFixtureTableItself() {
        Candidate compilation = compile(RuleFile.of(TABLE, payment()));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.rules()).extracting(RuleDefinition::name).containsExactly("Late payer", "Pays very late", "Chased for money");
    }

    @Test
    void shouldNameTheCellOfTextInANumberCell() {
        assertThat(tableErrors(payment(sheet -> set(sheet, "D11", "thirty"))))
                .containsExactly(new RuleProblem(TABLE, "sheet Payment, cell D11", "'thirty' is not a number"));
    }

    @Test
    void shouldSayHowToWriteANumberWithAGermanDecimalComma() {
        assertThat(tableErrors(payment(sheet -> set(sheet, "D11", "3,5"))))
                .containsExactly(new RuleProblem(TABLE, "sheet Payment, cell D11", "'3,5' is not a number; write 3.5 with a point"));
    }

    @Test
    void shouldSayHowToWriteATypographicMinusAndCapitalTrue() {
        assertThat(tableErrors(payment(sheet -> set(sheet, "G10", "\u221240"))))
                .containsExactly(new RuleProblem(TABLE, "sheet Payment, cell G10", "'\u221240' is not a number; write -40 with a plain minus"));
        byte[] green = TestWorkbooks.workbook(workbook -> TestWorkbooks.rows(workbook.createSheet("GreenFlags"), new Object[][] {
                {"RuleSet", "clientfit.rules"},
                {"Import", "app.clientfit.facts.Client, app.clientfit.facts.Finding"},
                {}, {},
                {"RuleTable Green flags"},
                {"NAME", "CONDITION", "ACTION"},
                {"", "$c : Client"},
                {"", "valuesExpertise == $param", "insert(new Finding(drools.getRule().getName(), \"GREEN\", $param, \"values you\"));"},
                {"Rule", "Values your expertise", "Points"},
                {"Values expertise", "TRUE", 20}}));
        assertThat(compile(RuleFile.of("rules/green.xlsx", green)).errors()).containsExactly(new RuleProblem("rules/green.xlsx",
                "sheet GreenFlags, cell B10", "'TRUE' is not true or false; write it in small letters"));
    }

    @Test
    void shouldSuggestTheNearestFieldForAnUnknownFieldInAConditionTemplate() {
        assertThat(tableErrors(payment(sheet -> set(sheet, "C8", "invoicesPaidLat >= $param"))))
                .containsExactly(new RuleProblem(TABLE, "sheet Payment, cell C8",
                        "unknown fact field 'invoicesPaidLat' — did you mean 'invoicesPaidLate'?"));
    }

    @Test
    void shouldNameTheReasonCellOfAnUnknownFieldInAReason() {
        assertThat(tableErrors(payment(sheet -> set(sheet, "H11", "{averageDaysLat} days late"))))
                .containsExactly(new RuleProblem(TABLE, "sheet Payment, cell H11",
                        "unknown fact field 'averageDaysLat' in the reason — did you mean 'averageDaysLate'?"));
    }

    @Test
    void shouldTakeAMisspelledHeaderKeywordForAnErrorThoughTheEngineWouldAcceptItsFirstLetter() {
        assertThat(tableErrors(payment(sheet -> set(sheet, "G6", "ACTON"))))
                .containsExactly(new RuleProblem(TABLE, "sheet Payment, cell G6",
                        "column header 'ACTON' is not a known keyword — did you mean 'ACTION'?"));
        assertThat(tableErrors(payment(sheet -> set(sheet, "B6", "Cond."))))
                .containsExactly(new RuleProblem(TABLE, "sheet Payment, cell B6",
                        "column header 'Cond.' is not a known keyword — did you mean 'CONDITION'?"));
    }

    @Test
    void shouldSayAnUnknownHeaderKeywordThatTheEngineRefusesTheSameWay() {
        assertThat(tableErrors(payment(sheet -> set(sheet, "C6", "KONDITION"))))
                .containsExactly(new RuleProblem(TABLE, "sheet Payment, cell C6",
                        "column header 'KONDITION' is not a known keyword — did you mean 'CONDITION'?"));
    }

    @Test
    void shouldNameBothRowsOfTwoRulesOfTheSameName() {
        assertThat(tableErrors(payment(sheet -> set(sheet, "A11", "Late payer"))))
                .containsExactly(new RuleProblem(TABLE, "sheet Payment, cell A11",
                        "two rules named 'Late payer' (rows 10 and 11); rule names must be unique"));
    }

    @Test
    void shouldNameTheTemplateCellOfAnUnknownMethodInAnActionTemplate() {
        assertThat(tableErrors(payment(sheet -> set(sheet, "H8", "$c.addReasonX(\"$param\");"))))
                .containsExactly(new RuleProblem(TABLE, "sheet Payment, cell H8", "unknown method 'addReasonX' on Client"));
    }

    @Test
    void shouldNameTheTemplateCellOfAMissingBracketInATemplate() {
        assertThat(tableErrors(payment(sheet -> set(sheet, "B8", "invoicesTotal >= $param)"))))
                .containsExactly(new RuleProblem(TABLE, "sheet Payment, cell B8",
                        "the template 'invoicesTotal >= $param)' cannot be read: ')' is not expected"));
    }

    @Test
    void shouldTraceAnErrorTheEngineFindsInAGeneratedRuleBackToTheCell() {
        List<RuleProblem> errors = tableErrors(payment(sheet -> set(sheet, "F8", "String category = $param;")));

        assertThat(errors).contains(new RuleProblem(TABLE, "sheet Payment, cell F10", "'PAYMENT' is not a number or a known name"));
        assertThat(errors).extracting(RuleProblem::location).containsOnly("sheet Payment, cell F10", "sheet Payment, cell F11",
                "sheet Payment, cell F12");
    }

    @Test
    void shouldNameAValueOfSeveralThatIsNoNumberWithItsPosition() {
        byte[] ownCriteria = TestWorkbooks.workbook(workbook -> TestWorkbooks.rows(workbook.createSheet("OwnCriteria"), new Object[][] {
                {"RuleSet", "clientfit.rules"},
                {"Import", "app.clientfit.facts.Client, app.clientfit.facts.Finding"},
                {}, {},
                {"RuleTable Own criteria"},
                {"NAME", "CONDITION", "ACTION"},
                {"", "$c : Client"},
                {"", "attributeBelow(\"$1\", $2)", "insert(new Finding(drools.getRule().getName(), \"OWN\", $param, \"budget\"));"},
                {"Rule", "Attribute below (name, limit)", "Points"},
                {"Budget below minimum", "monthlyBudget, fünfhundert", -30}}));

        assertThat(compile(RuleFile.of("rules/own-criteria.xlsx", ownCriteria)).errors()).containsExactly(new RuleProblem(
                "rules/own-criteria.xlsx", "sheet OwnCriteria, cell B10", "'fünfhundert' is not a number (value 2 of 'monthlyBudget, fünfhundert')"));
    }

    @Test
    void shouldNameLineAndColumnOfADrlSyntaxError() {
        List<RuleProblem> errors = drlErrors(HEADER + """
                rule "Minor client"
                when
                    $c : Client(complaintsPerMonth > )
                then
                end
                """);

        assertThat(errors).first().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("line 6, column 38");
            assertThat(problem.message()).isEqualTo("the rule text cannot be read here: ')' is not expected (rule 'Minor client')");
        });
    }

    @Test
    void shouldNameLineColumnAndTheNearestFieldOfAnUnknownFieldInDrl() {
        assertThat(drlErrors(HEADER + """
                rule "Nagger"
                when
                    $c : Client(complaintsPerMonht >= 3)
                then
                end
                """)).containsExactly(new RuleProblem("rules/nagger.drl", "line 6, column 17",
                "unknown fact field 'complaintsPerMonht' — did you mean 'complaintsPerMonth'?"));
    }

    @Test
    void shouldNameTheRuleAndTheMethodOfAnUnknownMethodInADrlConsequence() {
        List<RuleProblem> errors = drlErrors(HEADER + """
                rule "Nagger"
                when
                    $c : Client(complaintsPerMonth >= 3)
                then
                    $c.addReasonX("nags");
                end
                """);

        assertThat(errors).containsExactly(new RuleProblem("rules/nagger.drl", "line 8, column 8", "unknown method 'addReasonX' on Client"));
    }

    @Test
    void shouldSaySoForAnEmptyFileWithASpreadsheetName() {
        assertThat(tableErrors(new byte[0])).containsExactly(new RuleProblem(TABLE, null, "the file is empty; save the workbook again"));
    }

    @Test
    void shouldSayATextFileWithASpreadsheetNameIsNoSpreadsheet() {
        assertThat(tableErrors("RuleTable but not really".getBytes(StandardCharsets.UTF_8))).containsExactly(new RuleProblem(TABLE, null,
                "this is not a spreadsheet that can be read (expected an .xlsx or .xls workbook, or an .ods from LibreOffice)"));
    }

    @Test
    void shouldAskForAWorkbookWithoutPasswordForAPasswordProtectedOne() {
        assertThat(tableErrors(encrypted(payment(), "geheim"))).containsExactly(new RuleProblem(TABLE, null,
                "the workbook is password-protected; save it without a password"));
    }

    @Test
    void shouldWarnButNotFailForATableWithNoDataRows() {
        byte[] empty = payment(sheet -> {
            for (String row : List.of("10", "11", "12")) {
                for (String column : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
                    set(sheet, column + row, null);
                }
            }
        });

        Candidate compilation = compile(RuleFile.of(TABLE, empty), drl("rules/verdict.drl", HEADER + "rule \"Fallback\" when then end\n"));

        assertThat(compilation.errors()).isEmpty();
        assertThat(compilation.warnings()).containsExactly(new RuleProblem(TABLE, "sheet Payment", "the table has no data rows, so it adds no rules"));
        assertThat(compilation.rules()).extracting(RuleDefinition::name).containsExactly("Fallback");
    }

    @Test
    void shouldNeverShowAJavaClassNameOrAStackTraceInAMessage() {
        List<RuleProblem> all = new java.util.ArrayList<>();
        all.addAll(tableErrors(payment(sheet -> set(sheet, "F8", "String category = $param;"))));
        all.addAll(tableErrors(payment(sheet -> set(sheet, "G8", "int points = \"$param\";"))));
        all.addAll(tableErrors(TestWorkbooks.workbook(wb -> wb.createSheet("Leer"))));
        all.addAll(drlErrors(HEADER + "rule \"X\" when $c : Client(stage == Stage.UNKNOWN) then end\n"));
        all.addAll(drlErrors(HEADER + "rule \"Y\" when $c : Clint() then end\n"));

        assertThat(all).isNotEmpty().allSatisfy(problem -> assertThat(problem.message())
                .doesNotContainPattern("\\b[a-z]+\\.[a-z]+\\.[a-zA-Z]")
                .doesNotContain("Exception", "\tat ", "[Near"));
    }

    private List<RuleProblem> tableErrors(byte[] workbook) {
        return compile(RuleFile.of(TABLE, workbook)).errors();
    }

    private List<RuleProblem> drlErrors(String text) {
        return compile(drl("rules/nagger.drl", text)).errors();
    }

    private Candidate compile(RuleFile... files) {
        return compiler.check(List.of(files));
    }

    private static RuleFile drl(String source, String text) {
        return RuleFile.of(source, text.getBytes(StandardCharsets.UTF_8));
    }
}
