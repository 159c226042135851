package app.clientfit.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A client list evaluated and waiting in a temporary file to be sent; sending it deletes it.
 *
 * @param fileName the name to give the download: the input's name with {@code -evaluated}
 * @param rows     client rows read
 * @param errors   rows with an error instead of a verdict
 */
public record EvaluatedList(Path file, TableFormat format, String fileName, String batchId, int rows, int errors) {

    public long size() throws IOException {
        return Files.size(file);
    }

    public void sendTo(OutputStream out) throws IOException {
        try {
            Files.copy(file, out);
        } finally {
            discard();
        }
    }

    public void discard() throws IOException {
        Files.deleteIfExists(file);
    }

    /** The list as an attachment, with its batch id, rows and errors in headers; sending it deletes the file. */
    public ResponseEntity<StreamingResponseBody> download() throws IOException {
        return ResponseEntity.ok().contentType(format.mediaType()).contentLength(size())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment().build().toString())
                .header("X-Batch-Id", batchId)
                .header("X-Batch-Rows", Integer.toString(rows))
                .header("X-Batch-Errors", Integer.toString(errors))
                .body(this::sendTo);
    }

    /** The file name as it is, and in UTF-8 only when it needs more than ASCII (umlauts). */
    private ContentDisposition.Builder attachment() {
        boolean ascii = fileName.chars().allMatch(c -> c < 128);
        return ascii ? ContentDisposition.attachment().filename(fileName) : ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8);
    }

    static String evaluatedName(String input, TableFormat format) {
        String path = input == null ? "" : input.replace('\\', '/');
        String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        name = name.isBlank() ? "clients" : name;
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-evaluated." + format.extension();
    }
}
