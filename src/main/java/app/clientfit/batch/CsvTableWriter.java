package app.clientfit.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV in UTF-8 with a byte order mark (so spreadsheet programs read umlauts right), with the separator the list came with. */
final class CsvTableWriter implements TableWriter {

    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out, char separator) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(separator).get());
    }

    @Override
    public void row(List<String> cells, List<?> added) throws IOException {
        List<Object> values = new ArrayList<>(cells);
        for (Object value : added) {
            values.add(value == null ? "" : value instanceof String text ? TableWriter.plain(text) : value);
        }
        printer.printRecord(values);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
