package app.clientfit.impact;

import java.io.IOException;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import app.clientfit.audit.RowSink;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every changed client of a replay as CSV or an Excel workbook, written into the response as the replay finds them.
 * The file is begun only with its first row (or at the end), so a candidate that replays nothing can still be
 * answered with its errors as JSON.
 */
final class ChangedClientsFile implements ImpactTally.ChangedClients, AutoCloseable {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final List<String> HEADERS = List.of("clientId", "evaluationId", "verdictBefore", "scoreBefore", "verdictAfter",
            "scoreAfter", "rulesGained", "rulesLost");

    private final boolean xlsx;
    private final HttpServletResponse response;
    private RowSink sink;

    ChangedClientsFile(boolean xlsx, HttpServletResponse response) {
        this.xlsx = xlsx;
        this.response = response;
    }

    @Override
    public void add(ChangedClient client) throws IOException {
        begin().row(List.of(client.clientId(), client.evaluationId(), client.before().verdict(), client.before().score(),
                client.after().verdict(), client.after().score(), String.join("; ", client.rulesGained()),
                String.join("; ", client.rulesLost())));
    }

    /** Begins the file if no client changed, so that it has its header row at least. */
    void finish() throws IOException {
        begin();
    }

    private RowSink begin() throws IOException {
        if (sink == null) {
            response.setContentType((xlsx ? XLSX : CSV).toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("impact." + (xlsx ? "xlsx" : "csv")).build().toString());
            sink = RowSink.open(xlsx, "Impact", response.getOutputStream());
            sink.row(HEADERS);
        }
        return sink;
    }

    @Override
    public void close() throws IOException {
        if (sink != null) {
            sink.close();
        }
    }
}
