package app.clientfit.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** .ods files for tests: copies of the shipped workbooks saved by LibreOffice, and hostile variants of them. */
public final class OdsFiles {

    public static final String GREEN_FLAGS = "ods/green-flags.ods";
    public static final String PAYMENT = "ods/payment-and-boundaries.ods";
    public static final String RULEBOOK_TESTS = "ods/rulebook-tests.ods";
    /** A client list typed as CSV and saved by LibreOffice as .ods, with umlauts and empty cells. */
    public static final String CLIENTS = "ods/clients.ods";
    /** The payment workbook with the text "fifty" where a number belongs (sheet Payment, cell C10). */
    public static final String PAYMENT_BROKEN_CELL = "ods/payment-broken-cell.ods";

    private OdsFiles() {
    }

    public static byte[] fixture(String name) {
        try (InputStream in = OdsFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with content.xml edited; the mimetype stays the first, stored entry, as in a real .ods. */
    public static byte[] withContent(byte[] ods, UnaryOperator<String> edit) {
        return withPart(ods, "content.xml", part -> edit.apply(part == null ? "" : part));
    }

    /** A copy with one part replaced, added (the edit gets null) or, when the edit answers null, left out. */
    public static byte[] withPart(byte[] ods, String name, UnaryOperator<String> edit) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ods));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            boolean seen = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    seen = true;
                    String edited = edit.apply(new String(data, StandardCharsets.UTF_8));
                    if (edited != null) {
                        put(out, name, edited.getBytes(StandardCharsets.UTF_8));
                    }
                } else {
                    put(out, entry.getName(), data);
                }
            }
            if (!seen) {
                put(out, name, edit.apply(null).getBytes(StandardCharsets.UTF_8));
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream out, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        if (name.equals("mimetype")) {
            CRC32 crc = new CRC32();
            crc.update(data);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(data);
        out.closeEntry();
    }
}
