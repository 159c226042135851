package app.clientfit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A decision table of many rows laid out like the shipped ones; row 10 + n never fires for the seed personas. */
final class GeneratedTable {

    private GeneratedTable() {
    }

    static byte[] of(int rows, int variant) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Generated");
            row(sheet, 0, "RuleSet", "clientfit.rules");
            row(sheet, 1, "Import", "app.clientfit.facts.Client, app.clientfit.facts.Finding");
            row(sheet, 4, "RuleTable Generated");
            row(sheet, 5, "NAME", "CONDITION", "CONDITION", "ACTION", "ACTION", "ACTION");
            row(sheet, 6, "", "$c : Client", "");
            sheet.addMergedRegion(CellRangeAddress.valueOf("B7:C7"));
            row(sheet, 7, "", "complaintsPerMonth >= $param", "brokenAgreements >= $param", "String category = \"$param\";",
                    "int points = $param;", "insert(new Finding(drools.getRule().getName(), category, points, $c.explain(\"$param\")));");
            row(sheet, 8, "Rule", "Complaints at least", "Broken agreements at least", "Category", "Points", "Reason");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(9 + i);
                row.createCell(0).setCellValue("Generated rule " + (i + 1));
                row.createCell(1).setCellValue(1000 + i);
                row.createCell(2).setCellValue(variant + i % 7);
                row.createCell(3).setCellValue("GENERATED");
                row.createCell(4).setCellValue(-(i % 50));
                row.createCell(5).setCellValue("{complaintsPerMonth} complaints, row " + (i + 1));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
