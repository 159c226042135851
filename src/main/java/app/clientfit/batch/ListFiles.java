package app.clientfit.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.io.input.BOMInputStream;

/** Opens the writer for an evaluated list: CSV keeps the separator the list came with. */
final class ListFiles {

    private ListFiles() {
    }

    static TableWriter writer(OutputStream out, TableFormat format, Path input, TableFormat inputFormat) throws IOException {
        if (format == TableFormat.ODS) {
            return new OdsTableWriter(out);
        }
        if (format == TableFormat.XLSX) {
            return new XlsxTableWriter(out);
        }
        return new CsvTableWriter(out, inputFormat == TableFormat.CSV ? separatorOf(input) : ',');
    }

    private static char separatorOf(Path csv) throws IOException {
        try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(csv)).get();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            return CsvRowSource.separator(line == null ? "" : line);
        }
    }
}
