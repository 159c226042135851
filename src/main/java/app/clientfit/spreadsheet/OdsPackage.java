package app.clientfit.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;

/**
 * An OpenDocument spreadsheet (.ods, LibreOffice's own format) checked before the format library reads it:
 * unpacked under the same zip-bomb, entry-size and entry-count limits as an .xlsx, no password, no DTD in any
 * XML part, and a bounded number of cells ({@link OdsCellCount}).
 */
final class OdsPackage {

    static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final int SNIFF_LENGTH = 200;

    private OdsPackage() {
    }

    /** True for a zip whose first entry is the OpenDocument spreadsheet mimetype, as LibreOffice writes it. */
    static boolean isOds(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry first = zip.getNextEntry();
            return first != null && first.getName().equals("mimetype")
                    && new String(zip.readNBytes(SNIFF_LENGTH), StandardCharsets.US_ASCII).trim().equals(MIMETYPE);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Throws with the reason in plain words when the file must not be handed to the format library. */
    static void check(byte[] content) {
        if (!isOds(content)) {
            throw new SpreadsheetException(null, "this is not an OpenDocument spreadsheet (.ods) that can be read; "
                    + "open it in LibreOffice Calc and save it again as .ods or .xlsx");
        }
        try (ZipInputStreamZipEntrySource entries = new ZipInputStreamZipEntrySource(
                ZipHelper.openZipStream(new ByteArrayInputStream(content)))) {
            refuseEncryption(entries);
            for (ZipArchiveEntry entry : Collections.list(entries.getEntries())) {
                if (entry.getName().endsWith(".xml")) {
                    try (InputStream xml = entries.getInputStream(entry)) {
                        OdsCellCount.check(entry.getName(), xml);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SpreadsheetException refused) {
                throw refused;
            }
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw DecisionTableConverter.zipBomb();
            }
            throw new SpreadsheetException(null, "the .ods file cannot be unpacked: it is damaged, or has more parts than a "
                    + "spreadsheet has (clientfit.spreadsheet.max-entries); open it in LibreOffice Calc and save it again");
        }
    }

    private static void refuseEncryption(ZipInputStreamZipEntrySource entries) throws IOException {
        ZipArchiveEntry manifest = entries.getEntry("META-INF/manifest.xml");
        if (manifest == null) {
            return;
        }
        try (InputStream in = entries.getInputStream(manifest)) {
            if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("encryption-data")) {
                throw new SpreadsheetException(null, "the workbook is password-protected; save it without a password");
            }
        }
    }
}
