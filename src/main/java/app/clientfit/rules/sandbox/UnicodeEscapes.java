package app.clientfit.rules.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Java reads {@code \u0041} as {@code A} anywhere in a source, comments included, before anything
 * else: {@code // \u000a code} is a comment to a rule parser and a line of code to the compiler. So the
 * escapes are resolved first, until none is left, and the check and the engine both get that text.
 * An escape that stands for a line break is refused: it would move every line after it.
 */
final class UnicodeEscapes {

    private static final int MAX_ROUNDS = 8;

    /**
     * The text without escapes, the places of escapes that stood for a line break (1-based line, column),
     * and whether escapes were still left after the last round (escapes that spell escapes, nested deeply).
     */
    record Resolved(String text, List<int[]> lineBreaks, boolean incomplete) {
    }

    private UnicodeEscapes() {
    }

    static Resolved resolve(String text) {
        List<int[]> lineBreaks = new ArrayList<>();
        String current = text;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = once(current, lineBreaks);
            if (next.equals(current)) {
                return new Resolved(current, lineBreaks, false);
            }
            current = next;
        }
        return new Resolved(current, lineBreaks, !once(current, new ArrayList<>()).equals(current));
    }

    private static String once(String text, List<int[]> lineBreaks) {
        StringBuilder out = new StringBuilder(text.length());
        int line = 1;
        int lineStart = 0;
        int backslashes = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '\\' && backslashes % 2 == 0 ? escapeEnd(text, i) : -1;
            if (end > 0) {
                char resolved = (char) Integer.parseInt(text.substring(end - 4, end), 16);
                if (resolved == '\n' || resolved == '\r') {
                    lineBreaks.add(new int[] {line, i - lineStart + 1});
                    resolved = ' ';
                }
                out.append(resolved);
                backslashes = 0;
                i = end;
                continue;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** The index after {@code \\u+XXXX} starting at {@code start}, or -1 when there is no escape there. */
    private static int escapeEnd(String text, int start) {
        int i = start + 1;
        if (i >= text.length() || text.charAt(i) != 'u') {
            return -1;
        }
        while (i < text.length() && text.charAt(i) == 'u') {
            i++;
        }
        if (i + 4 > text.length()) {
            return -1;
        }
        for (int k = i; k < i + 4; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return -1;
            }
        }
        return i + 4;
    }
}
