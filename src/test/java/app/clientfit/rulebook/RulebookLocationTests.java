package app.clientfit.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import app.clientfit.rules.RuleDefinition;

/** Every rule of the shipped rulebook names the place a coach finds it: the real Excel row, or the DRL line. */
class RulebookLocationTests {

    @Test
    void shouldShipTheRulesOfTheSeeds() {
        assertThat(ShippedRulebook.ruleSet().rules()).extracting(RuleDefinition::name).containsExactlyInAnyOrder(
                "Late payer", "Pays very late", "Chased for money",
                "Boundary crosser", "Nagger", "Keeps no agreements", "Cancellation disputes",
                "Badmouths previous provider", "Interrupts constantly", "Does not respect time", "Needs convincing",
                "Cannot state offer", "Cannot state numbers",
                "Values expertise", "Pays on time", "Refers others", "Shares values",
                "Constructive criticism", "High expectations", "Chaotic",
                "Budget below minimum", "Eager learner",
                "Verdict: deal-breaker", "Verdict: bad", "Verdict: good", "Verdict: review");
    }

    @Test
    void shouldLocateATableRuleAtTheExcelRowThatHoldsItsName() throws IOException {
        for (RuleDefinition rule : ShippedRulebook.ruleSet().rules()) {
            if (!rule.source().endsWith(".xlsx")) {
                continue;
            }
            String[] parts = rule.location().split(", row ");
            String sheetName = parts[0].substring("sheet ".length());
            int excelRow = Integer.parseInt(parts[1]);
            assertThat(nameInColumnA(rule.source(), sheetName, excelRow)).as(rule.name() + " at " + rule.location()).isEqualTo(rule.name());
        }
    }

    @Test
    void shouldLocateADrlRuleAtTheLineOfItsRuleKeyword() throws IOException {
        for (RuleDefinition rule : ShippedRulebook.ruleSet().rules()) {
            if (!rule.source().endsWith(".drl")) {
                continue;
            }
            int line = Integer.parseInt(rule.location().substring("line ".length()));
            String text = Files.readAllLines(ShippedRulebook.FOLDER.resolveSibling(rule.source())).get(line - 1);
            assertThat(text).as(rule.name()).isEqualTo("rule \"" + rule.name() + "\"");
        }
    }

    private static String nameInColumnA(String source, String sheetName, int excelRow) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(source)); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(sheetName);
            Row row = sheet.getRow(excelRow - 1);
            return row.getCell(0).getStringCellValue();
        }
    }
}
