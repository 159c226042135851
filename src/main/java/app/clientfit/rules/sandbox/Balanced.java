package app.clientfit.rules.sandbox;

/** Whether brackets in a piece of code pair up, outside text literals and comments. */
final class Balanced {

    private Balanced() {
    }

    static boolean check(String code) {
        StringBuilder open = new StringBuilder();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i, c);
                if (i < 0) {
                    return false;
                }
            } else if (code.startsWith("//", i) || code.startsWith("/*", i)) {
                return false; // the engine hands over constraints without comments
            } else if ("([{".indexOf(c) >= 0) {
                open.append(c);
            } else if (")]}".indexOf(c) >= 0) {
                if (open.isEmpty() || "([{".indexOf(open.charAt(open.length() - 1)) != ")]}".indexOf(c)) {
                    return false;
                }
                open.setLength(open.length() - 1);
            }
            i++;
        }
        return open.isEmpty();
    }

    private static int endOfLiteral(String code, int start, char quote) {
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }
}
