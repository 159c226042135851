package app.clientfit.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written as it goes: only the last rows are kept in memory, the rest wait in a
 * compressed temporary file until the workbook is written out on close.
 */
final class XlsxSink implements RowSink {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT = " [cut: longer than an Excel cell holds]";

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle time;
    private final CellStyle header;
    private int rows;

    XlsxSink(OutputStream out) {
        this(out, "Evaluations");
    }

    XlsxSink(OutputStream out, String sheetName) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(sheetName);
        sheet.createFreezePane(0, 1);
        time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    @Override
    public void row(List<?> values) {
        Row row = sheet.createRow(rows);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Instant instant) {
                cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
                cell.setCellStyle(time);
            } else if (value != null) {
                cell.setCellValue(fit(value.toString()));
                if (rows == 0) {
                    cell.setCellStyle(header);
                }
            }
        }
        rows++;
    }

    private static String fit(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - CUT.length()) + CUT;
    }

    @Override
    public void close() throws IOException {
        try (workbook) {
            workbook.write(out);
        }
    }
}
