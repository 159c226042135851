package app.clientfit.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.clientfit.spreadsheet.FactColumns;

/** A row's facts as the JSON a client would post, or the sentences that say which cells are wrong. */
record RowFacts(String json, String error) {

    private static final String ATTRIBUTES = "attributes.";

    static RowFacts of(ListHeader header, SourceRow row, ObjectMapper mapper) {
        Map<String, Object> facts = new LinkedHashMap<>();
        Map<String, Object> attributes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        header.facts().forEach((column, field) -> {
            String text = row.cell(column).strip();
            if (text.isEmpty()) {
                return;
            }
            try {
                Object value = FactColumns.value(field, text);
                if (field.startsWith(ATTRIBUTES)) {
                    attributes.put(field.substring(ATTRIBUTES.length()), value);
                } else {
                    facts.put(field, value);
                }
            } catch (IllegalArgumentException e) {
                problems.add("column " + field + " (cell " + ListHeader.cell(row.number(), column) + "): " + e.getMessage());
            }
        });
        for (String required : ListHeader.REQUIRED) {
            if (!facts.containsKey(required) && problems.stream().noneMatch(p -> p.startsWith("column " + required + " "))) {
                problems.add("column " + required + " (cell " + ListHeader.cell(row.number(), columnOf(header, required)) + "): is empty");
            }
        }
        if (!problems.isEmpty()) {
            return new RowFacts(null, String.join("; ", problems));
        }
        if (!attributes.isEmpty()) {
            facts.put("attributes", attributes);
        }
        try {
            return new RowFacts(mapper.writeValueAsString(facts), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts read from cells are always JSON", e);
        }
    }

    private static int columnOf(ListHeader header, String field) {
        return header.facts().entrySet().stream().filter(e -> e.getValue().equals(field)).findFirst().orElseThrow().getKey();
    }
}
