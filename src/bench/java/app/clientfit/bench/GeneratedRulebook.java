package app.clientfit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A rule folder with one generated decision table of a given number of rows plus the shipped
 * verdict rules: the rule-set-size benchmark. Every row tests two facts; for the benchmark client
 * (the chronic late payer) exactly one row fires, the last, as in a real table where a client
 * matches few of many rows.
 */
final class GeneratedRulebook {

    static final String TABLE = "generated-size.xlsx";
    private static final String FIRST_CONDITION = "invoicesTotal >= $param";
    private static final String SECOND_CONDITION = "averageDaysLate >= $param";

    private GeneratedRulebook() {
    }

    /** Writes the table and a copy of the verdict rules into {@code folder}; returns the folder. */
    static Path write(Path folder, Path shippedRules, int rows) {
        try {
            Files.createDirectories(folder);
            Files.copy(shippedRules.resolve("verdict.drl"), folder.resolve("verdict.drl"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                 OutputStream out = Files.newOutputStream(folder.resolve(TABLE))) {
                Sheet sheet = workbook.createSheet("Generated");
                head(sheet);
                for (int i = 0; i < rows; i++) {
                    boolean last = i == rows - 1;
                    // Thresholds above the late payer's 35 days never match; the last row's 30 does.
                    values(sheet.createRow(9 + i), "Generated rule " + (i + 1), 1 + i % 10, last ? 30 : 36 + i);
                }
                workbook.write(out);
                workbook.dispose();
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void head(Sheet sheet) {
        text(sheet.createRow(0), "RuleSet", "clientfit.rules");
        text(sheet.createRow(1), "Import", "app.clientfit.facts.Client, app.clientfit.facts.Finding");
        text(sheet.createRow(2), "Notes", "generated for the rule-set-size benchmark");
        text(sheet.createRow(4), "RuleTable Generated");
        text(sheet.createRow(5), "NAME", "CONDITION", "CONDITION", "ACTION", "ACTION", "ACTION");
        text(sheet.createRow(6), "", "$c : Client", "");
        sheet.addMergedRegion(new CellRangeAddress(6, 6, 1, 2));
        text(sheet.createRow(7), "", FIRST_CONDITION, SECOND_CONDITION, "String category = \"$param\";",
                "int points = $param;",
                "insert(new Finding(drools.getRule().getName(), category, points, $c.explain(\"$param\")));");
        text(sheet.createRow(8), "Rule", "Invoices at least", "Average days late at least", "Category", "Points", "Reason");
    }

    private static void values(Row row, String name, int invoices, int daysLate) {
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(invoices);
        row.createCell(2).setCellValue(daysLate);
        row.createCell(3).setCellValue("GENERATED");
        row.createCell(4).setCellValue(-10);
        row.createCell(5).setCellValue("late payments arrive {averageDaysLate} days after the due date on average");
    }

    private static void text(Row row, String... values) {
        List<String> cells = List.of(values);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
