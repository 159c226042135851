package app.clientfit.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellReference;

import app.clientfit.spreadsheet.FactColumns;

/**
 * The first row of a client list: the names of its columns, and which of them hold facts (named as the {@code Tests}
 * sheets name them: {@code clientId}, {@code stage}, {@code invoicesTotal}, {@code attributes.<name>}; others are kept
 * and ignored).
 *
 * @param names   every column's header, in order
 * @param facts   column index to the fact field it holds
 */
record ListHeader(int row, List<String> names, Map<Integer, String> facts) {

    static final List<String> REQUIRED = List.of("clientId", "stage");

    static ListHeader of(SourceRow row) {
        List<String> names = row.cells().stream().map(String::strip).toList();
        Map<Integer, String> facts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int column = 0; column < names.size(); column++) {
            String name = names.get(column);
            int at = column;
            FactColumns.field(name).ifPresent(field -> {
                if (facts.containsValue(field)) {
                    problems.add("column " + field + " is named twice (again in cell " + cell(row.number(), at) + ")");
                }
                facts.put(at, field);
            });
        }
        if (facts.isEmpty()) {
            throw new UnreadableTableException("row " + row.number() + " is not a header: the first row must name the columns "
                    + "as the API names the facts (clientId, stage, invoicesTotal, … or attributes.<name>), but it reads "
                    + names.stream().filter(n -> !n.isEmpty()).limit(5).map(n -> "'" + n + "'").collect(Collectors.joining(", ")));
        }
        for (String required : REQUIRED) {
            if (!facts.containsValue(required)) {
                problems.add("the header (row " + row.number() + ") has no column " + required + nearName(names, required));
            }
        }
        if (!problems.isEmpty()) {
            throw new UnreadableTableException(String.join("; ", problems));
        }
        return new ListHeader(row.number(), names, facts);
    }

    int width() {
        return names.size();
    }

    /** "C5". */
    static String cell(int rowNumber, int column) {
        return CellReference.convertNumToColString(column) + rowNumber;
    }

    private static String nearName(List<String> names, String required) {
        return names.stream().filter(n -> !n.isEmpty() && FactColumns.field(n).isEmpty())
                .filter(n -> FactColumns.nearest(n).filter(required::equals).isPresent()).findFirst()
                .map(n -> " ('" + n + "' is not a column name; did you mean '" + required + "'?)").orElse("");
    }
}
