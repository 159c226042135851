package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 stored records exported as CSV and as Excel by a service whose heap is capped at 256 MB (and which
 * exits on running out of memory): both files complete, umlauts intact, and the service still alive.
 */
class LargeExportProcessTests {

    private static final int RECORDS = 100_000;
    private static final List<String> SMALL_HEAP = List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError");
    private static final String NAME = "Jürgen Groß & Söhne, Köln";
    private static final List<String> RULES = List.of("Late payer", "Verdict: review");
    private static final String FINDINGS = "[{\"rule\":\"Late payer\",\"category\":\"PAYMENT\",\"points\":-40,"
            + "\"reason\":\"7 of 10 invoices paid late\",\"source\":\"rules/payment-and-boundaries.xlsx\",\"location\":\"sheet Payment, row 10\"}]";
    private static final String FIRED_RULES = "[{\"rule\":\"Late payer\",\"source\":\"rules/payment-and-boundaries.xlsx\",\"location\":\"sheet Payment, row 10\"},"
            + "{\"rule\":\"Verdict: review\",\"source\":\"rules/verdict.drl\",\"location\":\"line 30\"}]";

    @Test
    void shouldExportAHundredThousandRecordsWithinA256MegabyteHeapOnH2(@TempDir Path folder) throws Exception {
        exportWithinSmallHeap(folder, ProcessStorage.h2In(folder));
    }

    @Test
    @ExtendWith(TestPostgres.class)
    void shouldExportAHundredThousandRecordsWithinA256MegabyteHeapOnPostgres(@TempDir Path folder) throws Exception {
        exportWithinSmallHeap(folder, ProcessStorage.postgres());
    }

    private void exportWithinSmallHeap(Path folder, ProcessStorage storage) throws Exception {
        long started = System.nanoTime();
        storage.migrate();
        String newest;
        try (Connection db = storage.connect()) {
            newest = insertRecords(db, RECORDS);
        }
        log(storage, "stored", started);

        try (ServiceProcess service = ServiceProcess.start(folder, SMALL_HEAP, storage.properties())) {
            Path csv = folder.resolve("export.csv");
            Path xlsx = folder.resolve("export.xlsx");
            long exporting = System.nanoTime();
            assertThat(service.get("/api/evaluations?format=csv", "*/*", HttpResponse.BodyHandlers.ofFile(csv)).statusCode()).isEqualTo(200);
            log(storage, "exported as CSV (" + Files.size(csv) / 1024 / 1024 + " MB)", exporting);
            exporting = System.nanoTime();
            assertThat(service.get("/api/evaluations", ExportFormat.XLSX.mediaType().toString(), HttpResponse.BodyHandlers.ofFile(xlsx))
                    .statusCode()).isEqualTo(200);
            log(storage, "exported as Excel (" + Files.size(xlsx) / 1024 / 1024 + " MB)", exporting);

            assertThat(service.isAlive()).as("service alive after exporting within 256 MB:\n" + service.logTail()).isTrue();
            assertThat(csvRecords(csv)).isEqualTo(RECORDS + 1);
            assertThat(secondLine(csv)).as("the newest record, first after the header").startsWith(newest).contains(NAME);
            assertThat(sheetRows(xlsx)).isEqualTo(RECORDS + 1);
            service.stop();
        }
    }

    private static void log(ProcessStorage storage, String what, long startedNanos) {
        System.out.printf("%s: %,d records %s in %d ms%n", storage.name(), RECORDS, what, (System.nanoTime() - startedNanos) / 1_000_000);
    }

    /** Records as the service writes them, each a second older than the one before; answers the newest's id. */
    private static String insertRecords(Connection db, int count) throws SQLException {
        db.setAutoCommit(false);
        Instant now = Instant.now();
        String newest = null;
        try (PreparedStatement evaluation = db.prepareStatement("insert into evaluation (id, evaluated_at, client_id, verdict, score, "
                + "ruleset_version, caller, request_id, facts, findings, fired_rules) values (?, ?, ?, 'BAD', -40, 'a1b2c3d4e5f6', null, ?, ?, ?, ?)");
             PreparedStatement fired = db.prepareStatement("insert into fired_rule (evaluation_id, fired_order, rule_name) values (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                newest = newest == null ? id.toString() : newest;
                String client = "export-" + i;
                evaluation.setObject(1, id);
                evaluation.setObject(2, AuditWrites.utc(now.minusSeconds(i)));
                evaluation.setString(3, client);
                evaluation.setString(4, "bulk-" + i);
                evaluation.setString(5, "{\"clientId\":\"" + client + "\",\"stage\":\"ACTIVE\",\"name\":\"" + NAME + "\",\"invoicesTotal\":10,\"invoicesPaidLate\":7}");
                evaluation.setString(6, FINDINGS);
                evaluation.setString(7, FIRED_RULES);
                evaluation.addBatch();
                for (int r = 0; r < RULES.size(); r++) {
                    fired.setObject(1, id);
                    fired.setInt(2, r);
                    fired.setString(3, RULES.get(r));
                    fired.addBatch();
                }
                if (i % 5_000 == 4_999 || i == count - 1) {
                    evaluation.executeBatch();
                    fired.executeBatch();
                    db.commit();
                }
            }
        }
        return newest;
    }

    /** Lines of the CSV: one per record, as no exported value here contains a line break. */
    private static long csvRecords(Path csv) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return lines.lines().count();
        }
    }

    private static String secondLine(Path csv) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            lines.readLine();
            return lines.readLine();
        }
    }

    /** Rows of the workbook's first sheet, counted in its XML as it streams by. */
    private static long sheetRows(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(sheet).as("the workbook's first sheet").isNotNull();
            try (InputStream xml = zip.getInputStream(sheet)) {
                return countRowsAndCheckName(xml);
            }
        }
    }

    private static long countRowsAndCheckName(InputStream sheet) throws IOException {
        Matcher rows = new Matcher("<row ");
        Matcher name = new Matcher(NAME.replace("&", "&amp;"));
        BufferedReader xml = new BufferedReader(new InputStreamReader(sheet, StandardCharsets.UTF_8), 1 << 16);
        for (int c = xml.read(); c >= 0; c = xml.read()) {
            rows.next((char) c);
            name.next((char) c);
        }
        assertThat(name.count).as("the umlaut name in the workbook").isPositive();
        return rows.count;
    }

    /** Counts a text in a stream of characters; the text's first character must not recur in it. */
    private static final class Matcher {
        private final String text;
        private int matched;
        private long count;

        Matcher(String text) {
            this.text = text;
        }

        void next(char c) {
            if (c == text.charAt(matched)) {
                matched++;
            } else {
                matched = c == text.charAt(0) ? 1 : 0;
            }
            if (matched == text.length()) {
                count++;
                matched = 0;
            }
        }
    }
}
