package app.clientfit.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The coach's own criteria as the form sends them: rows of name and value, which become the request's
 * {@code attributes}. Rows without a name are ignored, and a few empty rows are always offered.
 */
record Criteria(List<Criterion> attributes) {

    static final int EMPTY_ROWS = 3;

    record Criterion(String name, String value) {

        boolean named() {
            return name != null && !name.isBlank();
        }
    }

    List<Criterion> named() {
        return attributes == null ? List.of() : attributes.stream().filter(Criterion::named).toList();
    }

    /** The named rows and then some empty ones, to show. */
    List<Criterion> rows() {
        List<Criterion> rows = new ArrayList<>(named());
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new Criterion("", ""));
        }
        return rows;
    }

    static Criteria of(Map<String, ?> attributes) {
        return new Criteria(attributes == null ? List.of()
                : attributes.entrySet().stream().map(e -> new Criterion(e.getKey(), String.valueOf(e.getValue()))).toList());
    }
}
