package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportSinkTests {

    @Test
    void shouldQuoteCsvFieldsOnlyWhereNeeded() {
        assertThat(CsvSink.field("plain")).isEqualTo("plain");
        assertThat(CsvSink.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvSink.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvSink.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvSink.field(null)).isEmpty();
        assertThat(CsvSink.field(-40)).isEqualTo("-40");
        assertThat(CsvSink.field(Instant.parse("2026-11-23T10:15:30Z"))).isEqualTo("2026-11-23T10:15:30Z");
    }

    @Test
    void shouldKeepASpreadsheetFromRunningTextAsAFormula() {
        assertThat(CsvSink.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvSink.field("+49 30 1234")).isEqualTo("'+49 30 1234");
        assertThat(CsvSink.field("@sum")).isEqualTo("'@sum");
    }

    @Test
    void shouldWriteCsvInUtf8WithAByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvSink sink = new CsvSink(out)) {
            sink.row(List.of("clientId", "name"));
            sink.row(List.of("köln-ä-01", "Müller & Söhne"));
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFclientId,name\r\nköln-ä-01,Müller & Söhne\r\n");
    }

    @Test
    void shouldWriteTypedExcelCellsAndCutWhatNoCellHolds() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSink sink = new XlsxSink(out)) {
            sink.row(List.of("clientId", "score", "evaluatedAt", "facts"));
            sink.row(Arrays.asList("Jürgen Groß", -70, Instant.parse("2026-11-23T10:15:30Z"), "x".repeat(40_000)));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Jürgen Groß");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-70);
            assertThat(row.getCell(2).getLocalDateTimeCellValue()).hasToString("2026-11-23T10:15:30");
            assertThat(row.getCell(3).getStringCellValue()).hasSize(32_767).endsWith("holds]");
        }
    }

    @Test
    void shouldDescribeFiredRulesAndFindingsReadably() {
        EvaluationRecordFixture fixture = new EvaluationRecordFixture();

        assertThat(ExportColumns.firedRules(fixture.firedRules()))
                .isEqualTo("Late payer (rules/payment.xlsx, sheet Payment, row 10) | Verdict: bad (rules/verdict.drl, line 20)");
        assertThat(ExportColumns.findings(fixture.findings()))
                .isEqualTo("Late payer [PAYMENT, -40]: 7 of 10 paid late | Cannot state numbers [FIT, 0, waived by Eager learner]: no numbers");
    }
}
