package app.clientfit.bench;

import static app.clientfit.spreadsheet.TestWorkbooks.row;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import app.clientfit.spreadsheet.TestWorkbooks;

/** A decision table of many rows laid out like the shipped ones; row 10 + n never fires for the seed personas. */
public final class GeneratedTable {

    private GeneratedTable() {
    }

    public static byte[] of(int rows, int variant) {
        return TestWorkbooks.workbook(workbook -> {
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
                row(sheet, 9 + i, "Generated rule " + (i + 1), 1000 + i, variant + i % 7, "GENERATED", -(i % 50),
                        "{complaintsPerMonth} complaints, row " + (i + 1));
            }
        });
    }

}
