package app.clientfit.spreadsheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Protects every workbook read: a size limit, the spreadsheet library's zip-bomb and allocation limits
 * (process-wide, so set once at start-up and valid for uploads and the rule folder alike), and no
 * formulas in rule tables, since the table reader would evaluate them.
 */
@Component
class WorkbookGuard {

    /** The table reader resets the zip-bomb ratio from this setting every time it opens a workbook. */
    static final String ENGINE_INFLATE_RATIO = "drools.excelParser.minInflateRatio";

    private static final Logger log = LoggerFactory.getLogger(WorkbookGuard.class);
    private static volatile long maxFileSize = SpreadsheetLimits.defaults().maxFileSize().toBytes();

    public WorkbookGuard(SpreadsheetLimits limits) {
        apply(limits);
    }

    public static void apply(SpreadsheetLimits limits) {
        maxFileSize = limits.maxFileSize().toBytes();
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        System.setProperty(ENGINE_INFLATE_RATIO, Double.toString(limits.minInflateRatio()));
        ZipSecureFile.setMaxEntrySize(limits.maxEntrySize().toBytes());
        ZipSecureFile.setMaxTextSize(limits.maxTextSize().toBytes());
        ZipSecureFile.setMaxFileCount(limits.maxEntries());
        IOUtils.setByteArrayMaxOverride((int) Math.min(Integer.MAX_VALUE, limits.maxRecordSize().toBytes()));
        log.debug("Workbook limits: {}", limits);
    }

    public static long maxFileSize() {
        return maxFileSize;
    }

    /** Refuses a file over the size limit before anything tries to read it. */
    public static void checkSize(byte[] content) {
        if (content.length > maxFileSize) {
            throw new SpreadsheetException(null, "the file has " + content.length + " bytes; the limit is " + maxFileSize
                    + " bytes (clientfit.spreadsheet.max-file-size)");
        }
    }

    /** The first formula cell of a sheet, as "cell C12", or null. Formulas are never evaluated: type the value. */
    static String firstFormula(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    return "cell " + cell.getAddress().formatAsString();
                }
            }
        }
        return null;
    }
}
