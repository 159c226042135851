package app.clientfit.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * A CSV file in UTF-8, with or without a byte order mark, its cells separated by {@code ,} or by {@code ;} (what
 * German Excel writes), whichever the header line holds more of.
 */
final class CsvRowSource implements RowSource {

    private final Path file;

    CsvRowSource(Path file) {
        this.file = file;
    }

    /** The separator of a file, told by its header line. */
    static char separator(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public void read(Consumer<SourceRow> rows) throws IOException {
        try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024)) {
            char separator = separator(firstLine(reader));
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(false).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    rows.accept(new SourceRow((int) record.getRecordNumber(), cells));
                }
            }
        }
    }

    private static String firstLine(Reader reader) throws IOException {
        reader.mark(1 << 20);
        StringBuilder line = new StringBuilder();
        for (int c = reader.read(); c != -1 && c != '\n' && line.length() < (1 << 19); c = reader.read()) {
            line.append((char) c);
        }
        reader.reset();
        return line.toString();
    }
}
