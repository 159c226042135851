package app.clientfit.rules.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.clientfit.rules.RuleProblem;

/** The problems found in one unit, each said at the line (or sheet and row) where it stands. */
final class Report {

    private final String source;
    private final Locator locator;
    private final Set<RuleProblem> problems = new LinkedHashSet<>();

    Report(String source, Locator locator) {
        this.source = source;
        this.locator = locator;
    }

    void add(int line, int column, String message) {
        problems.add(new RuleProblem(source, locator.locate(line, column), message));
    }

    List<RuleProblem> problems() {
        return new ArrayList<>(problems);
    }
}
