package app.clientfit.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Streams a search into the response as CSV or Excel: rows go from the database cursor to the
 * response one by one, so the export's size does not decide the memory it needs.
 */
@Component
class EvaluationExport {

    private static final Logger log = LoggerFactory.getLogger(EvaluationExport.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final AuditQueries queries;
    private final Clock clock;

    EvaluationExport(AuditQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    void write(ExportFormat format, SearchCriteria criteria, HttpServletResponse response) throws IOException {
        response.setContentType(format.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("evaluations-" + STAMP.format(clock.instant()) + "." + format.extension()).build().toString());
        OutputStream out = response.getOutputStream();
        long[] rows = {0};
        try (RowSink sink = format == ExportFormat.CSV ? new CsvSink(out) : new XlsxSink(out)) {
            sink.row(ExportColumns.HEADERS);
            queries.forEach(criteria, record -> {
                try {
                    sink.row(ExportColumns.values(record));
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        log.info("Exported {} evaluation record(s) as {}", rows[0], format);
    }
}
