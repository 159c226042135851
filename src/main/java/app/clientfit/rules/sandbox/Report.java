package app.clientfit.rules.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.clientfit.rules.problem.RuleProblem;

/**
 * The problems found in one unit, each said at the line (or sheet and row) where it stands, in two
 * kinds: forbidden (uses what rules may not; never built) and unresolved (names nothing known, such
 * as a typo; the engine may build it to word the mistake better, and is refused if it does not).
 */
final class Report {

    private final String source;
    private final Locator locator;
    private final Set<RuleProblem> forbidden = new LinkedHashSet<>();
    private final Set<RuleProblem> unresolved = new LinkedHashSet<>();

    Report(String source, Locator locator) {
        this.source = source;
        this.locator = locator;
    }

    void add(int line, int column, String message) {
        add(line, column, message, true);
    }

    void add(int line, int column, String message, boolean isForbidden) {
        (isForbidden ? forbidden : unresolved).add(new RuleProblem(source, locator.locate(line, column), message));
    }

    List<RuleProblem> forbidden() {
        return new ArrayList<>(forbidden);
    }

    List<RuleProblem> unresolved() {
        return new ArrayList<>(unresolved);
    }
}
