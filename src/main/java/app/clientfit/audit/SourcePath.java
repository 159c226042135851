package app.clientfit.audit;

import java.util.regex.Pattern;

/**
 * Checks the version and file named in a source URL. Files are only ever looked up by name in the
 * archive, never opened on disk; refusing traversal-shaped names keeps it that way for anyone who changes that.
 */
final class SourcePath {

    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MAX_LENGTH = 1000;

    private SourcePath() {
    }

    static boolean isValidVersion(String version) {
        return version != null && VERSION.matcher(version).matches();
    }

    /** A relative path of plain segments: no {@code ..}, no {@code .}, no empty segment, no backslash or control character. */
    static boolean isValidFile(String file) {
        if (file == null || file.isEmpty() || file.length() > MAX_LENGTH || file.startsWith("/") || file.indexOf('\\') >= 0
                || file.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        for (String segment : file.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
