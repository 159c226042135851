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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.template.parser.DecisionTableParseException;

/**
 * Turns a decision table (xlsx, xls, ods or csv) into DRL, one sheet at a time, so that every generated
 * rule can be traced back to its sheet and row. Before the engine sees a sheet, its layout is checked
 * cell by cell ({@link TableChecks}). Sheets without a {@code RuleTable} (notes, tests) are left alone.
 */
public final class DecisionTableConverter {

    private static final Pattern ROW_COMMENT = Pattern.compile("^\\s*// rule values at ([A-Z]+)(\\d+)");
    /** The engine makes a rule of a table's first row even when the table has none: no conditions, no actions. */
    private static final Pattern EMPTY_RULE = Pattern.compile("// rule values at [A-Z]+\\d+, header at [A-Z]+\\d+\\n"
            + "rule \"[^\"\\n]*\"\\n\\s*when\\n\\s*then\\nend\\n");
    private static final String RULE_TABLE_KEYWORD = "ruletable";

    public List<GeneratedDrl> convert(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new SpreadsheetException(null, "the file is empty; save the workbook again");
        }
        WorkbookGuard.checkSize(content);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return List.of(generated(null, compile(() -> new SpreadsheetCompiler().compile(
                    new ByteArrayInputStream(content), InputType.CSV), null), List.of()));
        }
        byte[] xlsx = isOds(fileName, content) ? OdsWorkbook.toXlsx(content) : content;
        List<GeneratedDrl> sheets = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        try (Workbook workbook = open(xlsx)) {
            for (Sheet sheet : workbook) {
                List<TableLayout> tables = TableLayoutReader.read(sheet);
                if (tables.isEmpty()) {
                    continue;
                }
                try {
                    refuseFormulas(sheet);
                } catch (SpreadsheetException e) {
                    problems.addAll(e.problems());
                    continue;
                }
                List<SheetProblem> found = new ArrayList<>();
                tables.forEach(table -> found.addAll(TableChecks.check(table)));
                if (!found.isEmpty()) {
                    problems.addAll(found);
                    continue;
                }
                String name = sheet.getSheetName();
                try {
                    String drl = compile(() -> new SpreadsheetCompiler().compile(new ByteArrayInputStream(xlsx), name), name);
                    sheets.add(generated(name, drl, tables));
                } catch (SpreadsheetException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            throw unreadable();
        }
        if (!problems.isEmpty()) {
            throw new SpreadsheetException(problems);
        }
        return sheets;
    }

    /** Opens a workbook (an .ods as the .xlsx it stands for), or says in plain words why it cannot be opened. */
    public static Workbook open(byte[] content) {
        if (OdsPackage.isOds(content)) {
            return OdsWorkbook.read(content);
        }
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetException(null, "the workbook is password-protected; save it without a password");
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw zipBomb();
            }
            throw unreadable();
        }
    }

    static SpreadsheetException zipBomb() {
        return new SpreadsheetException(null, "the workbook unpacks to far more than a real workbook does (a zip bomb?); "
                + "it was not read (clientfit.spreadsheet.min-inflate-ratio, max-entry-size)");
    }

    private static boolean isOds(String fileName, byte[] content) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".ods") || OdsPackage.isOds(content);
    }

    /** The table reader would evaluate a formula (and what it refers to); a rule table holds values only. */
    private static void refuseFormulas(Sheet sheet) {
        String formula = WorkbookGuard.firstFormula(sheet);
        if (formula != null) {
            throw new SpreadsheetException("sheet " + sheet.getSheetName() + ", " + formula,
                    "the cell holds a formula; rule tables take values only (formulas are never evaluated): type the value itself");
        }
    }

    private static SpreadsheetException unreadable() {
        return new SpreadsheetException(null, "this is not a spreadsheet that can be read (expected an .xlsx or .xls workbook, "
                + "or an .ods from LibreOffice)");
    }

    private static String compile(Supplier<String> compilation, String sheet) {
        try {
            return compilation.get();
        } catch (DecisionTableParseException e) {
            throw new SpreadsheetException(List.of(ParseErrors.toProblem(sheet, e.getMessage())));
        } catch (RuntimeException e) {
            SheetProblem problem = ParseErrors.toProblem(sheet, e.getMessage());
            throw new SpreadsheetException(problem.location(), "the table cannot be read: " + problem.message());
        }
    }

    private static GeneratedDrl generated(String sheet, String generated, List<TableLayout> tables) {
        String drl = EMPTY_RULE.matcher(generated).replaceAll("");
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
        return new GeneratedDrl(sheet, drl, rowsByLine, columnsByRow, tables);
    }
}
