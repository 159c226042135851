package app.clientfit.batch;

import java.io.IOException;
import java.util.List;

/** Where the evaluated list goes, row by row: the input's cells as they were, then the added values. Closing finishes the file. */
interface TableWriter extends AutoCloseable {

    void row(List<String> cells, List<?> added) throws IOException;

    @Override
    void close() throws IOException;

    /** Text a spreadsheet program would take for a formula, made plain text: only for what the service adds. */
    static String plain(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text) ? "'" + text : text;
    }

    static boolean isNumber(String text) {
        return text.matches("-?(0|[1-9]\\d{0,14})(\\.\\d+)?");
    }
}
