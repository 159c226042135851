package app.clientfit.audit;

import java.io.IOException;
import java.util.List;

/** Where exported rows go, one at a time; closing finishes the file. */
interface RowSink extends AutoCloseable {

    void row(List<?> values) throws IOException;

    @Override
    void close() throws IOException;
}
