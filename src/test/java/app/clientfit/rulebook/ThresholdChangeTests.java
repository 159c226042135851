package app.clientfit.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.clientfit.evaluation.Evaluator;
import app.clientfit.facts.Client;
import app.clientfit.facts.Stage;
import app.clientfit.rules.RuleFolder;
import app.clientfit.rules.RuleSet;
import app.clientfit.rules.RuleSetCompiler;

/** A coach changes a threshold cell in a workbook; the next build decides differently. No Java touched. */
class ThresholdChangeTests {

    @TempDir
    Path folder;

    @Test
    void raisingTheAfterHoursThresholdTurnsTheWeekendCallerFromBadToGood() throws IOException {
        Path rules = copyShippedRules();
        Client weekendCaller = weekendCaller();
        assertThat(evaluate(rules, weekendCaller)).isEqualTo("BAD");

        setCell(rules.resolve("payment-and-boundaries.xlsx"), "Boundaries", "B10", 20);

        assertThat(evaluate(rules, weekendCaller)).isEqualTo("GOOD");
    }

    private static String evaluate(Path rules, Client client) {
        RuleSet ruleSet = new RuleSetCompiler(Clock.systemUTC()).compile(new RuleFolder(rules).read());
        return new Evaluator().evaluate(client, ruleSet).verdict();
    }

    private static Client weekendCaller() {
        Client client = new Client();
        client.setClientId("weekend-caller");
        client.setStage(Stage.ACTIVE);
        client.setAfterHoursContactsPerMonth(12);
        client.setValuesExpertise(true);
        return client;
    }

    private Path copyShippedRules() throws IOException {
        Path rules = Files.createDirectory(folder.resolve("rules"));
        try (Stream<Path> files = Files.list(ShippedRulebook.FOLDER)) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        return rules;
    }

    static void setCell(Path workbookFile, String sheet, String cell, double value) throws IOException {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(workbookFile)) {
            workbook = WorkbookFactory.create(in);
        }
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(cell);
        workbook.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(value);
        try (OutputStream out = Files.newOutputStream(workbookFile)) {
            workbook.write(out);
        }
        workbook.close();
    }
}
