package app.clientfit.rules.sandbox;

import java.util.List;

/**
 * Finds where a block of code (a consequence, a function body) starts in the DRL: the descriptors give
 * only the line of its keyword, and the code may start on that line or on a later one.
 */
final class ConsequenceText {

    private static final int LOOK_AHEAD = 20;

    private final String[] lines;

    ConsequenceText(String drl) {
        this.lines = drl.split("\n", -1);
    }

    void check(String block, int keywordLine, CodeChecks code, Env env) {
        if (block.isBlank()) {
            return;
        }
        int[] start = start(block, keywordLine);
        code.block(block, start[0], start[1], env);
    }

    /** The 1-based line and 0-based column of the block's first character. */
    int[] start(String block, int keywordLine) {
        List<String> blockLines = block.lines().toList();
        int blank = 0;
        while (blank < blockLines.size() && blockLines.get(blank).isBlank()) {
            blank++;
        }
        int from = Math.max(0, keywordLine - 1);
        if (blank < blockLines.size()) {
            String first = blockLines.get(blank).strip();
            for (int i = from; i < lines.length && i < from + LOOK_AHEAD; i++) {
                int column = lines[i].indexOf(first);
                if (column >= 0) {
                    return blank == 0 ? new int[] {i + 1, column} : new int[] {i + 1 - blank, 0};
                }
            }
        }
        return new int[] {Math.max(1, keywordLine), 0};
    }
}
