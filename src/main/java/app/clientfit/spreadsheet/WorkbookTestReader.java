package app.clientfit.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import app.clientfit.facts.Verdict;

/**
 * Reads the tests a coach writes next to the rules: every sheet whose name starts with {@code Tests}.
 * Its header row starts with a {@code Test} cell; the columns are {@code Expected verdict},
 * {@code Must fire}, {@code Must not fire}, {@code Notes}, and the client's fact fields by their API names
 * ({@code stage}, {@code invoicesTotal}, {@code attributes.monthlyBudget} …). Each row below is one test.
 */
public final class WorkbookTestReader {

    /** The tests of one workbook, and what keeps some of them from being read. */
    public record Tests(List<WorkbookTestCase> cases, List<SheetProblem> problems) {
    }

    private static final String SHEET_PREFIX = "tests";

    private WorkbookTestReader() {
    }

    /** True when the workbook has a Tests sheet; false for anything that is not a readable workbook. */
    public static boolean hasTests(byte[] content) {
        try (Workbook workbook = DecisionTableConverter.open(content)) {
            for (Sheet sheet : workbook) {
                if (isTestSheet(sheet)) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** The tests in a workbook; none when it cannot be read (the rule build reports that). */
    public static Tests read(byte[] content) {
        List<WorkbookTestCase> cases = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        try (Workbook workbook = DecisionTableConverter.open(content)) {
            for (Sheet sheet : workbook) {
                if (isTestSheet(sheet)) {
                    read(sheet, cases, problems);
                }
            }
        } catch (Exception e) {
            return new Tests(List.of(), List.of());
        }
        return new Tests(cases, problems);
    }

    private static boolean isTestSheet(Sheet sheet) {
        return sheet.getSheetName().trim().toLowerCase(Locale.ROOT).startsWith(SHEET_PREFIX);
    }

    private static void read(Sheet sheet, List<WorkbookTestCase> cases, List<SheetProblem> problems) {
        Row header = headerRow(sheet);
        String where = "sheet " + sheet.getSheetName();
        if (header == null) {
            problems.add(new SheetProblem(where, "no header row: the first cell of the header must read 'Test'"));
            return;
        }
        Map<Integer, WorkbookTestColumn> columns = WorkbookTestColumn.of(header, where, problems);
        if (!problems.isEmpty()) {
            return;
        }
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (!SheetCells.isEmptyFrom(row, 0)) {
                testOf(sheet.getSheetName(), row, columns, problems).ifPresent(cases::add);
            }
        }
    }

    private static java.util.Optional<WorkbookTestCase> testOf(String sheet, Row row, Map<Integer, WorkbookTestColumn> columns,
                                                               List<SheetProblem> problems) {
        String name = "row " + (row.getRowNum() + 1);
        String expected = null;
        List<String> mustFire = List.of();
        List<String> mustNotFire = List.of();
        Map<String, Object> facts = new LinkedHashMap<>();
        int before = problems.size();
        for (Map.Entry<Integer, WorkbookTestColumn> column : columns.entrySet()) {
            Cell cell = row.getCell(column.getKey());
            String text = SheetCells.text(cell);
            String where = "sheet " + sheet + ", cell " + TableLayout.cell(row.getRowNum(), column.getKey());
            switch (column.getValue().kind()) {
                case NAME -> name = text.isEmpty() ? name : text;
                case EXPECTED -> expected = text.toUpperCase(Locale.ROOT);
                case MUST_FIRE -> mustFire = names(text);
                case MUST_NOT_FIRE -> mustNotFire = names(text);
                case FACT -> {
                    if (!text.isEmpty()) {
                        try {
                            facts.put(column.getValue().field(), ClientFacts.convert(column.getValue().field(), text));
                        } catch (IllegalArgumentException e) {
                            problems.add(new SheetProblem(where, e.getMessage()));
                        }
                    }
                }
                default -> { }
            }
        }
        String rowWhere = "sheet " + sheet + ", row " + (row.getRowNum() + 1);
        if (expected == null || Verdict.Value.named(expected).isEmpty()) {
            problems.add(new SheetProblem(rowWhere, "test '" + name + "': " + (expected == null || expected.isEmpty()
                    ? "no expected verdict" : "'" + expected + "' is not a verdict") + "; write " + Verdict.Value.listed()));
        }
        if (!facts.containsKey("stage")) {
            problems.add(new SheetProblem(rowWhere, "test '" + name + "': the stage is missing; write PROSPECT or ACTIVE"));
        }
        facts.putIfAbsent("clientId", name);
        return problems.size() > before ? java.util.Optional.empty()
                : java.util.Optional.of(new WorkbookTestCase(sheet, row.getRowNum() + 1, name, facts, expected, mustFire, mustNotFire));
    }

    private static Row headerRow(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = SheetCells.text(cell);
                if (!text.isEmpty()) {
                    if (text.equalsIgnoreCase("test")) {
                        return row;
                    }
                    break;
                }
            }
        }
        return null;
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.split("[,;\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
