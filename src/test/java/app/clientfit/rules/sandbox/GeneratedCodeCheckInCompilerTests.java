package app.clientfit.rules.sandbox;

import static app.clientfit.rules.sandbox.GeneratedCodeCheckTests.HEADER;
import static app.clientfit.rules.sandbox.GeneratedCodeCheckTests.PWNED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.EvaluatorWorkbookTestRunner;
import app.clientfit.rules.Candidate;
import app.clientfit.rules.RuleFile;
import app.clientfit.rules.RuleSetCandidates;
import app.clientfit.rules.RuleSetCompiler;
import app.clientfit.spreadsheet.TestWorkbooks;

/**
 * Both checks as part of every compilation: code hidden behind unicode escapes (Java reads them before
 * anything else, so "\u000a" ends a comment's line and "\u0022" a text) is refused with its file and
 * nothing of it runs, and a candidate with refused code never runs its workbook tests.
 */
class GeneratedCodeCheckInCompilerTests {

    private static final String ESCAPED_MARK = "System.setProperty(\"" + PWNED + "\", \"yes\");";

    @AfterEach
    void forgetThePwnedMarker() {
        System.clearProperty(PWNED);
    }

    /** name, the lines after the header, a piece of the message. */
    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("a line comment ended by an escaped line break",
                        "rule \"R\" when Client() then\n    // \\u000a " + ESCAPED_MARK + "\nend", "Unicode escape for a line break"),
                Arguments.of("a block comment ended by an escaped star",
                        "rule \"R\" when Client() then\n    /* \\u002a/ " + ESCAPED_MARK + " /* */\nend", "the type 'System' is not allowed"),
                Arguments.of("a text ended by an escaped quote",
                        "rule \"R\" when Client() then\n    insert(\"\\u0022 + System.getProperty(\\u0022user.home\\u0022) + \\u0022\");\nend",
                        "the type 'System' is not allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void shouldRefuseCodeHiddenFromTheCheckOfRuleText(String name, String body, String message) {
        Candidate compilation = new RuleSetCompiler(Clock.systemUTC()).check(List.of(drl(body)));

        assertThat(compilation.valid()).as(name).isFalse();
        assertThat(compilation.errors()).anySatisfy(problem -> {
            assertThat(problem.source()).isEqualTo("rules/escape.drl");
            assertThat(problem.message()).contains(message);
        });
        assertThat(System.getProperty(PWNED)).isNull();
    }

    @Test
    void shouldNeverRunTheWorkbookTestsOfACandidateWithRefusedCode() {
        byte[] tests = TestWorkbooks.workbook(workbook -> TestWorkbooks.rows(workbook.createSheet("Tests"), new Object[][] {
                {"Test", "Expected verdict", "stage"},
                {"Anyone", "REVIEW", "ACTIVE"}}));

        Candidate candidate = new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), Clock.systemUTC()).build(List.of(
                drl("rule \"R\" when Client() then\n    // \\u000a " + ESCAPED_MARK + "\nend"), RuleFile.of("rules/tests.xlsx", tests)));

        assertThat(candidate.valid()).isFalse();
        assertThat(candidate.tests()).isEmpty();
        assertThat(System.getProperty(PWNED)).isNull();
    }

    private static RuleFile drl(String body) {
        return RuleFile.of("rules/escape.drl", (HEADER + body + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
