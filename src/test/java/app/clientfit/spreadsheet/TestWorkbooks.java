package app.clientfit.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for tests, built cell by cell: a payment table laid out like the shipped one, and variants. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /**
     * Sheet "Payment": RuleTable in A5, keywords in row 6, {@code $c : Client} merged over B7:E7, templates in
     * row 8, labels in row 9, rules "Late payer" (row 10), "Pays very late" (11), "Chased for money" (12).
     */
    public static byte[] payment(Consumer<Sheet> edits) {
        return workbook(workbook -> {
            Sheet sheet = workbook.createSheet("Payment");
            rows(sheet, new Object[][] {
                    {"RuleSet", "clientfit.rules"},
                    {"Import", "app.clientfit.facts.Client, app.clientfit.facts.Finding"},
                    {"Notes", "Bad payer: you chase your money every month."},
                    {},
                    {"RuleTable Payment"},
                    {"NAME", "CONDITION", "CONDITION", "CONDITION", "CONDITION", "ACTION", "ACTION", "ACTION"},
                    {"", "$c : Client", "", "", ""},
                    {"", "invoicesTotal >= $param", "latePaymentPercent >= $param", "averageDaysLate >= $param",
                            "paymentRemindersSent >= $param", "String category = \"$param\";", "int points = $param;",
                            "insert(new Finding(drools.getRule().getName(), category, points, $c.explain(\"$param\")));"},
                    {"Rule", "Invoices at least", "% paid late at least", "Average days late at least", "Reminders sent at least",
                            "Category", "Points", "Reason"},
                    {"Late payer", 3, 50, null, null, "PAYMENT", -40, "{invoicesPaidLate} of {invoicesTotal} invoices paid late"},
                    {"Pays very late", null, null, 30, null, "PAYMENT", -20, "{averageDaysLate} days late on average"},
                    {"Chased for money", null, null, null, 3, "PAYMENT", -20, "{paymentRemindersSent} reminders für Müller"},
            });
            sheet.addMergedRegion(CellRangeAddress.valueOf("B7:E7"));
            edits.accept(sheet);
        });
    }

    public static byte[] payment() {
        return payment(sheet -> { });
    }

    public static byte[] workbook(Consumer<Workbook> content) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes rows from A1 down: strings as text, numbers as numbers, booleans as booleans, null as no cell. */
    public static void rows(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    set(sheet, new CellReference(r, c).formatAsString(), rows[r][c]);
                }
            }
        }
    }

    /** Sets a cell such as "D11"; null clears it. */
    public static void set(Sheet sheet, String address, Object value) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        if (value == null) {
            if (row.getCell(ref.getCol()) != null) {
                row.removeCell(row.getCell(ref.getCol()));
            }
            return;
        }
        write(row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol()), value);
    }

    /** Writes one row (0-based index) from column A, replacing what it held; null leaves a blank cell. */
    public static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            if (values[i] != null) {
                write(cell, values[i]);
            }
        }
    }

    private static void write(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** The workbook edited: every sheet given to the consumer, then saved again. */
    public static byte[] edit(byte[] content, Consumer<Workbook> edits) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edits.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook saved with a password to open it, as Excel does with "Encrypt with password". */
    public static byte[] encrypted(byte[] xlsx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx)); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
