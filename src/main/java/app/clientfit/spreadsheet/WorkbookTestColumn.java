package app.clientfit.spreadsheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/** What a column of a Tests sheet holds, told by its header. */
record WorkbookTestColumn(Kind kind, String field) {

    enum Kind { NAME, EXPECTED, MUST_FIRE, MUST_NOT_FIRE, NOTES, FACT }

    static Map<Integer, WorkbookTestColumn> of(Row header, String where, List<SheetProblem> problems) {
        Map<Integer, WorkbookTestColumn> columns = new LinkedHashMap<>();
        for (Cell cell : header) {
            String text = SheetCells.text(cell);
            if (text.isEmpty()) {
                continue;
            }
            WorkbookTestColumn column = of(text);
            if (column == null) {
                problems.add(new SheetProblem(where + ", cell " + TableLayout.cell(header.getRowNum(), cell.getColumnIndex()),
                        "column header '" + text + "' is not a fact field" + FactType.didYouMean(ClientFacts.nearestField(text))
                                + " (tests take the field names of the API, e.g. invoicesTotal, stage, attributes.monthlyBudget)"));
            } else {
                columns.put(cell.getColumnIndex(), column);
            }
        }
        return columns;
    }

    private static WorkbookTestColumn of(String header) {
        String key = header.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        switch (key) {
            case "test", "testname" -> {
                return new WorkbookTestColumn(Kind.NAME, null);
            }
            case "expectedverdict", "expected", "verdict" -> {
                return new WorkbookTestColumn(Kind.EXPECTED, null);
            }
            case "mustfire" -> {
                return new WorkbookTestColumn(Kind.MUST_FIRE, null);
            }
            case "mustnotfire" -> {
                return new WorkbookTestColumn(Kind.MUST_NOT_FIRE, null);
            }
            case "notes", "note", "comment", "comments" -> {
                return new WorkbookTestColumn(Kind.NOTES, null);
            }
            default -> {
                return ClientFacts.canonical(header.trim()).map(field -> new WorkbookTestColumn(Kind.FACT, field)).orElse(null);
            }
        }
    }
}
