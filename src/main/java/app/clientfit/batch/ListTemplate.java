package app.clientfit.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import app.clientfit.evaluation.EvaluationRequest;
import app.clientfit.facts.Stage;

/**
 * The workbook a coach fills in: a column per fact (as the API names it), a row of examples, and drop-downs for the
 * stage and every yes/no fact, so that less is typed wrong.
 */
public final class ListTemplate {

    public static final String FILE_NAME = "clientfit-clients.xlsx";
    /** Rows below the header that get the drop-downs. */
    static final int ROWS_WITH_CHOICES = 1000;
    static final List<String> COLUMNS = Arrays.stream(EvaluationRequest.class.getRecordComponents())
            .map(RecordComponent::getName).filter(name -> !name.equals("attributes")).toList();
    private static final Map<String, Object> EXAMPLE = Map.ofEntries(Map.entry("clientId", "mueller-001"),
            Map.entry("name", "Müller & Söhne GmbH"), Map.entry("stage", Stage.ACTIVE.name()), Map.entry("invoicesTotal", 10),
            Map.entry("invoicesPaidLate", 2), Map.entry("averageDaysLate", 4.5), Map.entry("paymentRemindersSent", 1),
            Map.entry("afterHoursContactsPerMonth", 0), Map.entry("complaintsPerMonth", 0), Map.entry("brokenAgreements", 0),
            Map.entry("cancellationDisputes", 0), Map.entry("respectsTime", "yes"), Map.entry("valuesExpertise", "yes"),
            Map.entry("referralsGiven", 2));

    private ListTemplate() {
    }

    /** The template as an attachment. */
    public static ResponseEntity<StreamingResponseBody> download() {
        return ResponseEntity.ok().contentType(TableFormat.XLSX.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(FILE_NAME).build().toString())
                .body(ListTemplate::write);
    }

    static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Clients");
            sheet.createFreezePane(1, 1);
            XSSFCellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int column = 0; column < COLUMNS.size(); column++) {
                String name = COLUMNS.get(column);
                header.createCell(column).setCellValue(name);
                header.getCell(column).setCellStyle(bold);
                Object value = EXAMPLE.get(name);
                if (value instanceof Number number) {
                    example.createCell(column).setCellValue(number.doubleValue());
                } else if (value != null) {
                    example.createCell(column).setCellValue(value.toString());
                }
                if (name.equals("stage")) {
                    choices(sheet, column, Arrays.stream(Stage.values()).map(Stage::name).toArray(String[]::new));
                } else if (isYesNo(name)) {
                    choices(sheet, column, "yes", "no");
                }
                sheet.setColumnWidth(column, Math.max(12, name.length() + 2) * 256);
            }
            workbook.write(out);
        }
    }

    static boolean isYesNo(String column) {
        return Arrays.stream(EvaluationRequest.class.getRecordComponents())
                .anyMatch(component -> component.getName().equals(column) && component.getType() == Boolean.class);
    }

    private static void choices(XSSFSheet sheet, int column, String... values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, ROWS_WITH_CHOICES, column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox("ClientFit", "Choose one of: " + String.join(", ", values));
        sheet.addValidationData(validation);
    }
}
