package app.clientfit.rules;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import app.clientfit.problem.Problems;

/**
 * Which names are rule files: for the folder's listing, its watcher and the names a caller may give
 * (a plain name in the rule folder, never a path out of it).
 */
public final class RuleFileNames {

    private static final int MAX_LENGTH = 255;
    private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]");

    private RuleFileNames() {
    }

    /**
     * Office lock files ({@code ~$x.xlsx}, {@code .~lock.x#}), hidden files and the temporary files office programs and
     * editors write while saving ({@code x.tmp}, {@code x~}): never rules, whatever they end in, and never mentioned.
     */
    static boolean isLockOrHidden(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith("~$") || name.startsWith(".") || lower.endsWith(".tmp") || name.endsWith("~");
    }

    /** Why a file that is neither a rule file nor a lock or temporary file is not read, and what to do. */
    static String skipReason(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsm") || lower.endsWith(".xlsb") || lower.endsWith(".xltx") || lower.endsWith(".xltm")) {
            return "macro-enabled, binary and template Excel workbooks are not read (macros never run): save it as .xlsx or .ods";
        }
        if (lower.endsWith(".ots") || lower.endsWith(".fods") || lower.endsWith(".numbers")) {
            return "this spreadsheet format is not read: save it as .xlsx or .ods";
        }
        String stem = lower.contains(".") ? lower.substring(0, lower.lastIndexOf('.')) : lower;
        if (RuleFile.kindOf(stem) != null) {
            return "the name ends in '" + name.substring(stem.length()) + "' after the rule file's own ending: rename it to end in '"
                    + name.substring(stem.lastIndexOf('.'), stem.length()) + "'";
        }
        return "not a rule file: ClientFit reads .drl, .xlsx, .xls, .ods and .csv files; save it as one of these (a table as .xlsx "
                + "or .ods), or move it out of the rule folder";
    }

    static boolean isRuleFile(String name) {
        return !isLockOrHidden(name) && RuleFile.kindOf(name) != null;
    }

    /** The name as given, or a 400 problem when it is not a plain rule file name. */
    public static String require(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_LENGTH || FORBIDDEN.matcher(name).find()
                || name.contains("..") || isLockOrHidden(name)) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-file-name",
                    "Invalid file name", "give the plain name of a file in the rule folder, such as payment.xlsx"), null);
        }
        if (!isRuleFile(name)) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-file-name",
                    "Invalid file name", "'" + name + "' is not read as a rule file: " + skipReason(name)), null);
        }
        return name;
    }
}
