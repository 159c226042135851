package app.clientfit.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;

/**
 * An .ods turned into the workbook an .xlsx would be, in memory: the same sheets, the same values at the same
 * cells, merged cells merged, formulas kept as formulas (with their last value), so everything after it (the
 * table checks, the engine's table reader, the Tests sheets) works as for an .xlsx and names the cell a coach
 * sees in LibreOffice.
 */
public final class OdsWorkbook {

    /**
     * LibreOffice keeps a TRUE or FALSE it imported from an .xlsx as the formula {@code =TRUE()}: a value, not a
     * computation, so it is read as the value it is.
     */
    private static final Pattern TRUTH_VALUE = Pattern.compile("(?i)(?:of:)?=(true|false)\\(\\)");

    private OdsWorkbook() {
    }

    /** The workbook the .ods stands for; throws in plain words when it must not or cannot be read. */
    public static XSSFWorkbook read(byte[] content) {
        WorkbookGuard.checkSize(content);
        OdsPackage.check(content);
        SpreadSheet ods;
        try {
            ods = new SpreadSheet(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetException(null, "the .ods file cannot be read; open it in LibreOffice Calc and save it again");
        }
        XSSFWorkbook workbook = new XSSFWorkbook();
        CellStyle dates = workbook.createCellStyle();
        dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        for (Sheet sheet : ods.getSheets()) {
            copy(sheet, sheetNamed(workbook, sheet.getName()), dates);
        }
        return workbook;
    }

    /** The .ods as the bytes of an .xlsx, for readers that take a file. */
    static byte[] toXlsx(byte[] content) {
        try (XSSFWorkbook workbook = read(content); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFSheet sheetNamed(XSSFWorkbook workbook, String name) {
        try {
            WorkbookUtil.validateSheetName(name);
            return workbook.createSheet(name);
        } catch (IllegalArgumentException e) {
            throw new SpreadsheetException("sheet " + name, "this sheet name cannot be used: give it at most 31 characters, "
                    + "none of : \\ / ? * [ ], and a name no other sheet has");
        }
    }

    private static void copy(Sheet from, XSSFSheet to, CellStyle dates) {
        if (from.getMaxRows() == 0 || from.getMaxColumns() == 0) {
            return;
        }
        Range all = from.getDataRange();
        Object[][] values = all.getValues();
        String[][] formulas = all.getFormulas();
        List<CellRangeAddress> merges = merges(all);
        for (int r = 0; r < values.length; r++) {
            XSSFRow row = null;
            for (int c = 0; c < values[r].length; c++) {
                boolean hidden = hiddenByMerge(merges, r, c);
                if (values[r][c] == null && formulas[r][c] == null && !hidden) {
                    continue;
                }
                row = row == null ? to.createRow(r) : row;
                XSSFCell cell = row.createCell(c); // blank under a merge: the table reader finds merges through their cells
                if (hidden) {
                    continue;
                }
                Matcher truth = TRUTH_VALUE.matcher(formulas[r][c] == null ? "" : formulas[r][c]);
                if (truth.matches()) {
                    cell.setCellValue(Boolean.parseBoolean(truth.group(1)));
                    continue;
                }
                set(cell, values[r][c], dates);
                if (formulas[r][c] != null) {
                    keepFormula(cell, formulas[r][c]);
                }
            }
        }
        merges.forEach(to::addMergedRegion);
    }

    private static List<CellRangeAddress> merges(Range all) {
        return Arrays.stream(all.getMergedCells()).filter(merged -> merged.getNumRows() * merged.getNumColumns() > 1)
                .map(merged -> new CellRangeAddress(merged.getRow(), merged.getLastRow(), merged.getColumn(), merged.getLastColumn()))
                .toList();
    }

    /** The library repeats a merged cell's value over the merge; an .xlsx keeps it in the first cell only. */
    private static boolean hiddenByMerge(List<CellRangeAddress> merges, int row, int column) {
        return merges.stream().anyMatch(merge -> merge.isInRange(row, column)
                && (merge.getFirstRow() != row || merge.getFirstColumn() != column));
    }

    private static void set(XSSFCell cell, Object value, CellStyle dates) {
        if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof OfficePercentage p) {
            cell.setCellValue(p.getValue());
        } else if (value instanceof OfficeCurrency money) {
            cell.setCellValue(money.getValue());
        } else if (value instanceof LocalDateTime at) {
            dated(cell, dates).setCellValue(at);
        } else if (value instanceof LocalDate day) {
            dated(cell, dates).setCellValue(day);
        } else if (value != null) {
            cell.setCellValue(value.toString()); // text, and a time of day as written (PT9H30M)
        }
    }

    private static XSSFCell dated(XSSFCell cell, CellStyle dates) {
        cell.setCellStyle(dates);
        return cell;
    }

    /** The formula in the file's own notation: never evaluated, only seen as one (and refused in rule tables). */
    private static void keepFormula(XSSFCell cell, String formula) {
        String cached = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
        if (cached != null) {
            cell.getCTCell().setT(STCellType.STR);
            cell.getCTCell().setV(cached);
        }
        cell.getCTCell().addNewF().setStringValue(formula);
    }
}
