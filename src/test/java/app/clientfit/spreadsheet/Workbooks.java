package app.clientfit.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made in memory for tests: a small valid decision table, and hostile variants of it. */
public final class Workbooks {

    private static final String SST = "xl/sharedStrings.xml";

    private Workbooks() {
    }

    /** A valid one-rule table in sheet "Table": "Nagger" at row 10. */
    public static byte[] table(String conditionCell, boolean asFormula) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Table");
            TestWorkbooks.row(sheet, 0, "RuleSet", "clientfit.rules");
            TestWorkbooks.row(sheet, 1, "Import", "app.clientfit.facts.Client, app.clientfit.facts.Finding");
            TestWorkbooks.row(sheet, 4, "RuleTable Table");
            TestWorkbooks.row(sheet, 5, "NAME", "CONDITION", "ACTION");
            TestWorkbooks.row(sheet, 6, "", "$c : Client", "");
            TestWorkbooks.row(sheet, 7, "", "complaintsPerMonth >= $param",
                    "insert(new Finding(drools.getRule().getName(), \"X\", -10, $c.explain(\"$param\")));");
            TestWorkbooks.row(sheet, 8, "Rule", "Complaints at least", "Reason");
            TestWorkbooks.row(sheet, 9, "Nagger", conditionCell, "{complaintsPerMonth} complaints");
            if (asFormula) {
                sheet.getRow(9).getCell(1).setCellFormula(conditionCell);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table with a shared-string table of about {@code megabytes} MB of the same text: it packs to almost nothing. */
    public static byte[] hugeSharedStrings(int megabytes) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        String item = "<si><t>" + "x".repeat(1000) + "</t></si>";
        for (int i = 0; i < megabytes * 1000; i++) {
            xml.append(item);
        }
        return withPart(table("3", false), SST, xml.append("</sst>").toString());
    }

    /** The table whose shared strings declare nested entities ("billion laughs"). */
    public static byte[] entityExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\"?>" + dtd + "]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>&a9;</t></si></sst>";
        return withPart(table("3", false), SST, xml);
    }

    /** A copy of an .xlsx with one part replaced (or added). */
    public static byte[] withPart(byte[] xlsx, String part, String content) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            boolean replaced = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                    replaced = true;
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (!replaced) {
                out.putNextEntry(new ZipEntry(part));
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
