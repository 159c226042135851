package app.clientfit.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Client lists for tests: files written as a coach's programs write them, and a run that reads the facts back. */
final class Lists {

    /** Every row the run wrote: the input's cells, then the added values. */
    static final class Collected implements TableWriter {
        final List<List<Object>> rows = new ArrayList<>();

        @Override
        public void row(List<String> cells, List<?> added) {
            List<Object> row = new ArrayList<>(cells);
            row.addAll(added);
            rows.add(row);
        }

        @Override
        public void close() {
        }

        /** The value of a column (by header) in a data row, from 1. */
        Object value(int row, String column) {
            return rows.get(row).get(rows.get(0).indexOf(column));
        }
    }

    private Lists() {
    }

    static Path csv(Path folder, byte[] content) throws IOException {
        return Files.write(folder.resolve("clients.csv"), content);
    }

    static byte[] withByteOrderMark(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    static Path xlsx(Path folder, Consumer<XSSFSheet> fill) throws IOException {
        Path file = folder.resolve("clients.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill.accept(workbook.createSheet("Clients"));
            workbook.write(out);
        }
        return file;
    }

    /** Reads the list and answers, for each row, the facts as JSON in {@code reasons} or the row's error. */
    static Collected factsOf(Path file) throws IOException {
        Collected out = new Collected();
        ObjectMapper json = new ObjectMapper();
        new BatchRun(Runnable::run, 4, 100, rows -> { }).run(TableFormat.ofFileName(file.getFileName().toString()).source(file), out,
                (header, row) -> {
                    RowFacts facts = RowFacts.of(header, row, json);
                    return facts.error() != null ? RowResult.error(facts.error())
                            : new RowResult("READ", 0, facts.json(), null, null, null, null);
                });
        return out;
    }
}
