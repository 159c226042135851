package app.clientfit.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Where exported rows go, one at a time; closing finishes the file. */
public interface RowSink extends AutoCloseable {

    /** CSV as the export writes it, or an Excel workbook with one sheet of that name. */
    static RowSink open(boolean xlsx, String sheet, OutputStream out) throws IOException {
        return xlsx ? new XlsxSink(out, sheet) : new CsvSink(out);
    }

    void row(List<?> values) throws IOException;

    @Override
    void close() throws IOException;
}
