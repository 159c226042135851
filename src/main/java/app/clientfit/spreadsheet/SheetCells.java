package app.clientfit.spreadsheet;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reads cells as the text a coach typed: 20 not 20.0, true not TRUE, merged cells by their first cell. */
final class SheetCells {

    private SheetCells() {
    }

    static String text(Sheet sheet, int row, int column) {
        Row cells = sheet.getRow(row);
        return cells == null ? "" : text(cells.getCell(column));
    }

    /** The text of a cell, or of the first cell of the merged region it lies in. */
    static String mergedText(Sheet sheet, int row, int column) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(row, column)) {
                return text(sheet, region.getFirstRow(), region.getFirstColumn());
            }
        }
        return text(sheet, row, column);
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    static boolean isEmptyFrom(Row row, int firstColumn) {
        if (row == null) {
            return true;
        }
        for (Cell cell : row) {
            if (cell.getColumnIndex() >= firstColumn && !text(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
