package app.clientfit.rules;

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

    /** Office lock files ({@code ~$x.xlsx}, {@code .~lock.x#}) and hidden files: never rules, whatever they end in. */
    static boolean isLockOrHidden(String name) {
        return name.startsWith("~$") || name.startsWith(".");
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
                    "Invalid file name", "'" + name + "' is not a rule file: rule files end in .drl, .xlsx, .xls, .ods or .csv"), null);
        }
        return name;
    }
}
