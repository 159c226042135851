package app.clientfit.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import app.clientfit.problem.Problems;

/**
 * Turns a file name that came from a caller ({@code GET /api/rules/sources/{file}/drl}) into a path
 * that is certainly inside a given folder: no "..", no absolute paths, no drive letters or backslashes,
 * no control characters, no hidden files, and no link that leads out. Anything else is a 400.
 */
public final class SafeFileName {

    public static final int MAX_LENGTH = 255;

    /** Letters, digits, space, dot, dash, underscore and umlauts; folders separated by single slashes. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} ._\\-]+(/[\\p{L}\\p{N} ._\\-]+)*");

    private SafeFileName() {
    }

    /** The name, checked: relative, without "." or ".." segments or hidden files, in allowed characters. */
    public static String check(String requested) {
        if (requested == null || requested.isBlank() || requested.length() > MAX_LENGTH) {
            throw new Unsafe("a file name of 1 to " + MAX_LENGTH + " characters is needed");
        }
        if (!ALLOWED.matcher(requested).matches()) {
            throw new Unsafe("a file name may hold letters, digits, spaces, '.', '-', '_' and '/' between folders, nothing else");
        }
        for (String segment : requested.split("/")) {
            if (segment.startsWith(".") || segment.isBlank()) {
                throw new Unsafe("a file name may not contain '.' or '..' segments, hidden files or empty folder names");
            }
        }
        return requested;
    }

    /**
     * The file inside {@code folder} that {@code requested} names; it need not exist. When it does, its
     * real location (links followed) must be inside the folder's real location too.
     */
    public static Path resolve(Path folder, String requested) {
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(check(requested)).normalize();
        if (!file.startsWith(base) || file.equals(base)) {
            throw new Unsafe("the file name leads out of the folder");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (!file.toRealPath().startsWith(base.toRealPath())) {
                    throw new Unsafe("the file name leads out of the folder");
                }
            } catch (IOException e) {
                throw new Unsafe("the file cannot be read");
            }
        }
        return file;
    }

    /** A file name that is refused: answered with 400 and a problem that does not echo the name back. */
    public static final class Unsafe extends ErrorResponseException {

        Unsafe(String detail) {
            super(HttpStatus.BAD_REQUEST, problem(detail), null);
        }

        private static ProblemDetail problem(String detail) {
            return Problems.of(HttpStatus.BAD_REQUEST, "unsafe-file-name", "File name not allowed", detail);
        }
    }
}
