package app.clientfit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.evaluation.EvaluatorWorkbookTestRunner;
import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.spreadsheet.OdsFiles;
import app.clientfit.spreadsheet.TestWorkbooks;

/** The shipped rule folder with a workbook saved by LibreOffice as .ods, and with files that are not read. */
class OdsAndSkippedRuleFilesTests {

    @TempDir
    Path parent;

    private Path rules;
    private final ActiveRuleSet active = new ActiveRuleSet();
    private RuleSetLoader loader;

    @BeforeEach
    void copyTheShippedRules() {
        rules = RuleFolders.copyOfShipped(parent);
        loader = new RuleSetLoader(new RulesProperties(rules, false, Duration.ofMillis(100)),
                new RuleSetCandidates(new EvaluatorWorkbookTestRunner(new Evaluator()), Clock.systemUTC()), active,
                new InMemoryRuleSetHistory(), Clock.systemUTC());
    }

    @Test
    void shouldActivateTheSameRulesWhenAWorkbookIsReplacedByItsOds() throws IOException {
        RuleSet shipped = loader.reload();
        Files.delete(rules.resolve("green-flags.xlsx"));
        Files.write(rules.resolve("green-flags.ods"), OdsFiles.fixture(OdsFiles.GREEN_FLAGS));

        RuleSet fromOds = loader.reload();

        assertThat(fromOds.version()).isNotEqualTo(shipped.version());
        assertThat(fromOds.rules()).extracting(RuleDefinition::name, RuleDefinition::location)
                .containsExactlyInAnyOrderElementsOf(shipped.rules().stream().map(rule -> tuple(rule.name(), rule.location())).toList());
        assertThat(fromOds.rules()).filteredOn(rule -> rule.name().equals("Values expertise")).singleElement()
                .satisfies(rule -> assertThat(rule.source()).isEqualTo("rules/green-flags.ods"));
        assertThat(active.skipped()).isEmpty();
    }

    @Test
    void shouldNameTheSheetAndCellOfABrokenCellInAnOds() throws IOException {
        Files.delete(rules.resolve("payment-and-boundaries.xlsx"));
        Files.write(rules.resolve("payment-and-boundaries.ods"), OdsFiles.fixture(OdsFiles.PAYMENT_BROKEN_CELL));

        assertThatThrownBy(loader::reload).isInstanceOfSatisfying(RuleSetInvalidException.class, e -> assertThat(e.problems())
                .contains(new RuleProblem("rules/payment-and-boundaries.ods", "sheet Payment, cell C10", "'fifty' is not a number")));
    }

    @Test
    void shouldSayWhichFilesWereReadAndWhichNotWhenATestNamesARuleThatIsNotThere() throws IOException {
        Files.move(rules.resolve("green-flags.xlsx"), rules.resolve("green-flags.xlsm"));

        assertThatThrownBy(loader::reload).isInstanceOfSatisfying(RuleSetInvalidException.class, e -> assertThat(e.problems())
                .anySatisfy(problem -> assertThat(problem.message()).contains("no rule is named 'Values expertise'",
                        "the rules were read from rules/eager-learner-exception.drl, ", "rules/verdict.drl",
                        "not read: rules/green-flags.xlsm: macro-enabled", "save it as .xlsx or .ods")));
        assertThat(active.skipped()).extracting(SkippedFile::source).containsExactly("rules/green-flags.xlsm");
    }

    @Test
    void shouldListEveryFileThatIsNotReadWithWhatToDoButNoLockOrTemporaryFile() throws IOException {
        Files.writeString(rules.resolve("intro-call.drl.txt"), "rule");
        Files.writeString(rules.resolve("notes.pdf"), "%PDF");
        Files.write(rules.resolve("ideas.xlsx"), TestWorkbooks.workbook(workbook -> TestWorkbooks.row(workbook.createSheet("Ideen"), 0, "Größe")));
        Files.writeString(rules.resolve("~$payment-and-boundaries.xlsx"), "lock");
        Files.writeString(rules.resolve(".~lock.green-flags.ods#"), "lock");
        Files.writeString(rules.resolve("lu1234.tmp"), "temp");
        Files.writeString(rules.resolve("verdict.drl~"), "backup");

        loader.reload();

        assertThat(active.skipped()).extracting(SkippedFile::source, SkippedFile::reason).containsExactly(
                tuple("rules/intro-call.drl.txt",
                        "the name ends in '.txt' after the rule file's own ending: rename it to end in '.drl'"),
                tuple("rules/notes.pdf", "not a rule file: ClientFit reads .drl, .xlsx, .xls, .ods and .csv "
                        + "files; save it as one of these (a table as .xlsx or .ods), or move it out of the rule folder"),
                tuple("rules/ideas.xlsx", "no sheet holds a RuleTable or is a Tests sheet, so nothing in it "
                        + "is read: add a sheet with a RuleTable (see the rule authoring guide), or move the workbook out of the rule folder"));
    }
}
