package app.clientfit.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.template.parser.DecisionTableParseException;

/**
 * Turns a decision table (xlsx, xls or csv) into DRL, one sheet at a time, so that every generated
 * rule can be traced back to its sheet and row. Sheets without a {@code RuleTable} (notes, tests)
 * are left alone.
 */
public final class DecisionTableConverter {

    private static final Pattern ROW_COMMENT = Pattern.compile("^\\s*// rule values at ([A-Z]+)(\\d+)");
    private static final String RULE_TABLE_KEYWORD = "ruletable";

    public List<GeneratedDrl> convert(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new SpreadsheetException(null, "the file is empty; save the workbook again");
        }
        WorkbookGuard.checkSize(content);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return List.of(generated(null, compile(() -> new SpreadsheetCompiler().compile(
                    new ByteArrayInputStream(content), InputType.CSV), null)));
        }
        List<GeneratedDrl> sheets = new ArrayList<>();
        for (String sheet : ruleTableSheets(content)) {
            String drl = compile(() -> new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), sheet), sheet);
            sheets.add(generated(sheet, drl));
        }
        return sheets;
    }

    /** The names of the sheets that hold a {@code RuleTable}, in workbook order. */
    public static List<String> ruleTableSheets(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) {
                if (hasRuleTable(sheet)) {
                    refuseFormulas(sheet);
                    names.add(sheet.getSheetName());
                }
            }
            return names;
        } catch (SpreadsheetException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetException(null, "the workbook is password-protected; save it without a password");
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new SpreadsheetException(null, "the workbook unpacks to far more than a real workbook does (a zip bomb?); "
                        + "it was not read (clientfit.spreadsheet.min-inflate-ratio, max-entry-size)");
            }
            throw new SpreadsheetException(null, "this is not a spreadsheet that can be read (expected an Excel .xlsx or .xls workbook)");
        }
    }

    /** The table reader would evaluate a formula (and what it refers to); a rule table holds values only. */
    private static void refuseFormulas(Sheet sheet) {
        String formula = WorkbookGuard.firstFormula(sheet);
        if (formula != null) {
            throw new SpreadsheetException("sheet " + sheet.getSheetName() + ", " + formula,
                    "the cell holds a formula; rule tables take values only (formulas are never evaluated): type the value itself");
        }
    }

    private static boolean hasRuleTable(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().trim().toLowerCase(Locale.ROOT).startsWith(RULE_TABLE_KEYWORD)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String compile(java.util.function.Supplier<String> compilation, String sheet) {
        try {
            return compilation.get();
        } catch (DecisionTableParseException e) {
            throw new SpreadsheetException(sheet == null ? null : "sheet " + sheet, plain(e.getMessage()));
        } catch (RuntimeException e) {
            throw new SpreadsheetException(sheet == null ? null : "sheet " + sheet,
                    "the table cannot be read: " + plain(e.getMessage()));
        }
    }

    private static String plain(String message) {
        return message == null ? "unknown problem" : message.replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error):\\s*", "");
    }

    private static GeneratedDrl generated(String sheet, String drl) {
        NavigableMap<Integer, Integer> rowsByLine = new TreeMap<>();
        Map<Integer, String> columnsByRow = new HashMap<>();
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = ROW_COMMENT.matcher(lines[i]);
            if (matcher.find()) {
                int row = Integer.parseInt(matcher.group(2));
                rowsByLine.put(i + 1, row);
                columnsByRow.put(row, matcher.group(1));
            }
        }
        return new GeneratedDrl(sheet, drl, rowsByLine, columnsByRow);
    }
}
