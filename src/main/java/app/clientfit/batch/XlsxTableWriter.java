package app.clientfit.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written as it goes (SXSSF): only the last rows stay in memory, the rest wait in a compressed
 * temporary file until the workbook is written out on close. Cells that read as numbers are written as numbers.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle header;
    private int rows;

    XlsxTableWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("Clients");
        sheet.createFreezePane(0, 1);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    @Override
    public void row(List<String> cells, List<?> added) {
        Row row = sheet.createRow(rows);
        for (int i = 0; i < cells.size(); i++) {
            set(row.createCell(i), cells.get(i));
        }
        for (int i = 0; i < added.size(); i++) {
            Object value = added.get(i);
            Cell cell = row.createCell(cells.size() + i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(fit(value.toString()));
            }
            if (rows == 0) {
                cell.setCellStyle(header);
            }
        }
        rows++;
    }

    private void set(Cell cell, String text) {
        if (rows == 0) {
            cell.setCellValue(text);
            cell.setCellStyle(header);
        } else if (TableWriter.isNumber(text)) {
            cell.setCellValue(Double.parseDouble(text));
        } else if (!text.isEmpty()) {
            cell.setCellValue(fit(text));
        }
    }

    private static String fit(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT);
    }

    @Override
    public void close() throws IOException {
        try (workbook) {
            workbook.write(out);
        }
    }
}
