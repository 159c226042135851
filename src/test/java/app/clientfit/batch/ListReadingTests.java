package app.clientfit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/** Client lists as Excel, LibreOffice and German spreadsheet programs write them, read into facts. */
class ListReadingTests {

    @TempDir
    Path folder;

    @Test
    void shouldReadGermanExcelCsvWithByteOrderMarkSemicolonsAndDecimalCommas() throws Exception {
        Path file = Lists.csv(folder, Lists.withByteOrderMark(
                "clientId;name;stage;averageDaysLate;knowsNumbers;willingToLearn\r\nk-1;Köln Süd;ACTIVE;35,5;ja;nein\r\n"));

        Lists.Collected out = Lists.factsOf(file);

        assertThat(out.rows.get(0)).startsWith("clientId", "name");
        assertThat(out.value(1, "reasons")).isEqualTo("{\"clientId\":\"k-1\",\"name\":\"Köln Süd\",\"stage\":\"ACTIVE\","
                + "\"averageDaysLate\":35.5,\"knowsNumbers\":true,\"willingToLearn\":false}");
    }

    @Test
    void shouldReadCsvWithCommasWithoutByteOrderMarkAndKeepEveryColumn() throws Exception {
        Path file = Lists.csv(folder, "note,clientId,stage,respectsTime\n\"late, but kind\",k-2,prospect,Yes\n"
                .getBytes(StandardCharsets.UTF_8));

        Lists.Collected out = Lists.factsOf(file);

        assertThat(out.rows.get(1)).startsWith("late, but kind", "k-2", "prospect", "Yes");
        assertThat(out.value(1, "reasons")).isEqualTo("{\"clientId\":\"k-2\",\"stage\":\"PROSPECT\",\"respectsTime\":true}");
    }

    @Test
    void shouldReadYesNoTrueFalseAndJaNeinInWorkbookCells() throws Exception {
        Path file = Lists.xlsx(folder, sheet -> {
            row(sheet, 0, "clientId", "stage", "respectsTime", "valuesExpertise", "chaotic", "sharedValues");
            Row row = row(sheet, 1, "k-3", "ACTIVE", null, "Nein", "no", "TRUE");
            row.createCell(2).setCellValue(true);
        });

        assertThat(Lists.factsOf(file).value(1, "reasons")).isEqualTo("{\"clientId\":\"k-3\",\"stage\":\"ACTIVE\",\"respectsTime\":true,"
                + "\"valuesExpertise\":false,\"chaotic\":false,\"sharedValues\":true}");
    }

    @Test
    void shouldReadNumbersStoredAsTextAndNumbersInAnyDisplayFormat() throws Exception {
        Path file = Lists.xlsx(folder, sheet -> {
            row(sheet, 0, "clientId", "stage", "invoicesTotal", "invoicesPaidLate", "averageDaysLate");
            Row row = row(sheet, 1, "k-4", "ACTIVE", " 12 ", null, null);
            row.createCell(3).setCellValue(3);
            CellStyle thousands = sheet.getWorkbook().createCellStyle();
            thousands.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("#,##0.00 \"days\""));
            row.createCell(4).setCellValue(1234.5);
            row.getCell(4).setCellStyle(thousands);
        });

        assertThat(Lists.factsOf(file).value(1, "reasons")).isEqualTo("{\"clientId\":\"k-4\",\"stage\":\"ACTIVE\",\"invoicesTotal\":12,"
                + "\"invoicesPaidLate\":3,\"averageDaysLate\":1234.5}");
    }

    @Test
    void shouldReadDatesAsIsoDates() throws Exception {
        Path file = Lists.xlsx(folder, sheet -> {
            row(sheet, 0, "clientId", "stage", "attributes.clientSince");
            Row row = row(sheet, 1, "k-5", "ACTIVE", null);
            CellStyle date = sheet.getWorkbook().createCellStyle();
            date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd.mm.yyyy"));
            row.createCell(2).setCellValue(LocalDate.of(2026, 1, 15));
            row.getCell(2).setCellStyle(date);
        });

        assertThat(Lists.factsOf(file).value(1, "reasons"))
                .isEqualTo("{\"clientId\":\"k-5\",\"stage\":\"ACTIVE\",\"attributes\":{\"clientSince\":\"2026-01-15\"}}");
    }

    @Test
    void shouldGiveAMergedCellsValueToEveryRowItCovers() throws Exception {
        Path file = Lists.xlsx(folder, sheet -> {
            row(sheet, 0, "clientId", "stage");
            row(sheet, 1, "k-6", "PROSPECT");
            row(sheet, 2, "k-7", null);
            row(sheet, 3, "k-8", null);
            sheet.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));
        });

        Lists.Collected out = Lists.factsOf(file);

        assertThat(out.rows).hasSize(4);
        assertThat(out.value(3, "reasons")).isEqualTo("{\"clientId\":\"k-8\",\"stage\":\"PROSPECT\"}");
    }

    @Test
    void shouldKeepBlankRowsBetweenClientsAndDropEmptyRowsAtTheEnd() throws Exception {
        Path file = Lists.xlsx(folder, sheet -> {
            row(sheet, 0, "clientId", "stage");
            row(sheet, 1, "k-9", "ACTIVE");
            row(sheet, 3, "k-10", "ACTIVE");
            for (int r = 4; r < 40; r++) {
                row(sheet, r, "", " ").createCell(5).setCellStyle(sheet.getWorkbook().createCellStyle());
            }
        });

        Lists.Collected out = Lists.factsOf(file);

        assertThat(out.rows).hasSize(4);
        assertThat(out.value(2, "verdict")).isNull();
        assertThat(out.value(3, "reasons")).isEqualTo("{\"clientId\":\"k-10\",\"stage\":\"ACTIVE\"}");
    }

    @Test
    void shouldNameTheColumnAndCellOfAValueThatIsNotOfItsKind() throws Exception {
        Path file = Lists.csv(folder, "clientId,stage,invoicesTotal,chaotic\nk-11,ACTIVE,ten,maybe\nk-12,ACTIVE,3,no\n"
                .getBytes(StandardCharsets.UTF_8));

        Lists.Collected out = Lists.factsOf(file);

        assertThat(out.value(1, "error")).isEqualTo("column invoicesTotal (cell C2): 'ten' is not a whole number; "
                + "column chaotic (cell D2): 'maybe' is not yes or no (true/false, ja/nein)");
        assertThat(out.value(1, "verdict")).isNull();
        assertThat(out.value(2, "verdict")).isEqualTo("READ");
    }

    @Test
    void shouldRefuseAListWhoseFirstRowIsNotAHeader() throws Exception {
        Path file = Lists.xlsx(folder, sheet -> {
            row(sheet, 0, "Meine Kunden 2026", null);
            row(sheet, 1, "clientId", "stage");
        });

        assertThatThrownBy(() -> Lists.factsOf(file)).isInstanceOf(UnreadableTableException.class)
                .hasMessage("row 1 is not a header: the first row must name the columns as the API names the facts "
                        + "(clientId, stage, invoicesTotal, … or attributes.<name>), but it reads 'Meine Kunden 2026'");
    }

    @Test
    void shouldRefuseAHeaderWithoutStageAndSuggestTheNameMeant() throws Exception {
        Path file = Lists.csv(folder, "clientId;stag\nk;ACTIVE\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Lists.factsOf(file)).isInstanceOf(UnreadableTableException.class)
                .hasMessage("the header (row 1) has no column stage ('stag' is not a column name; did you mean 'stage'?)");
    }

    @Test
    void shouldAskForXlsxOdsOrCsvWhenGivenAnOldExcelFile() {
        assertThat(TableFormat.ofFileName("Kunden.ODS")).isEqualTo(TableFormat.ODS);
        assertThatThrownBy(() -> TableFormat.ofFileName("Kunden.xls")).isInstanceOfSatisfying(UnreadableTableException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(e.detail()).startsWith("'Kunden.xls' is not read here: save it as .xlsx, .ods or .csv");
        });
    }

    private static Row row(XSSFSheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
        return row;
    }
}
