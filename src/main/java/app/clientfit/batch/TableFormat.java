package app.clientfit.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.http.MediaType;

/** The file formats a client list comes in and goes out in, told by the file's name. */
public enum TableFormat {

    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8), CsvRowSource::new),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), XlsxRowSource::new),
    ODS("ods", MediaType.parseMediaType("application/vnd.oasis.opendocument.spreadsheet"), OdsRowSource::new);

    private final String extension;
    private final MediaType mediaType;
    private final Function<Path, RowSource> reader;

    TableFormat(String extension, MediaType mediaType, Function<Path, RowSource> reader) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.reader = reader;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    RowSource source(Path file) {
        return reader.apply(file);
    }

    /** The format of a file by its name's ending. */
    public static TableFormat ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".ods")) {
            return ODS;
        }
        if (name.endsWith(".xls") || name.endsWith(".numbers")) {
            throw new UnreadableTableException("'" + fileName + "' is not read here: save it as .xlsx, .ods or .csv "
                    + "(File > Save As, type Excel 2007-365, ODF Spreadsheet or Text CSV) and send that");
        }
        throw new UnreadableTableException("'" + fileName + "' is not a client list: send an .xlsx, .ods or .csv file");
    }

    /** The format named by {@code format=} ({@code csv}, {@code xlsx} or {@code ods}), or the given one when none is named. */
    public static TableFormat named(String format, TableFormat otherwise) {
        if (format == null || format.isBlank()) {
            return otherwise;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            case "ods" -> ODS;
            default -> throw new UnreadableTableException("format '" + format + "' is not known: write csv, xlsx or ods");
        };
    }
}
