package app.clientfit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client list of any length for the batch benchmark: the eight personas in turn, each row a client id of its own,
 * yes/no facts as a coach picks them from the template's drop-downs. {@code BatchListFile <rows> <file.xlsx|file.csv>}
 */
public final class BatchListFile {

    private BatchListFile() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        List<Map<String, String>> personas = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path persona : Personas.files()) {
            personas.add(cells(json.readTree(persona.toFile())));
        }
        List<String> columns = personas.stream().flatMap(p -> p.keySet().stream()).distinct().toList();
        if (file.toString().endsWith(".csv")) {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(String.join(";", columns) + "\r\n");
                for (int r = 0; r < rows; r++) {
                    Map<String, String> persona = personas.get(r % personas.size());
                    int row = r;
                    out.write(String.join(";", columns.stream().map(c -> value(persona, c, row)).toList()) + "\r\n");
                }
            }
            return;
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Clients");
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 0; r < rows; r++) {
                Map<String, String> persona = personas.get(r % personas.size());
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    String value = value(persona, columns.get(c), r);
                    if (value.matches("\\d+(\\.\\d+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static String value(Map<String, String> persona, String column, int row) {
        String value = persona.getOrDefault(column, "");
        return column.equals("clientId") ? value + "-" + row : value;
    }

    private static Map<String, String> cells(JsonNode persona) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = persona.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isObject()) {
                field.getValue().fields().forEachRemaining(a -> cells.put(field.getKey() + "." + a.getKey(), text(a.getValue())));
            } else {
                cells.put(field.getKey(), text(field.getValue()));
            }
        }
        return cells;
    }

    private static String text(JsonNode value) {
        return value.isBoolean() ? (value.asBoolean() ? "yes" : "no") : value.asText();
    }
}
