package app.clientfit.rules.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

import app.clientfit.rules.RuleProblem;

/**
 * Checks the code of one unit of rules (a DRL file, or the DRL a decision-table sheet stands for)
 * before the engine builds it: imports, globals, functions, declared types, annotations, conditions
 * and consequences may only use what a rulebook needs. The engine runs some of this code while it
 * builds (annotation values, field initialisers), so nothing unchecked may reach it.
 */
public final class RuleCodeChecker {

    private static final Pattern UNKNOWN_TYPE = Pattern.compile("^the type '([A-Za-z_$][\\w$]*)' is not allowed");

    /**
     * What the check found, in two kinds. {@code forbidden}: code that uses what rules may not; it never
     * reaches the engine. {@code unresolved}: text that cannot be read or names nothing known at all
     * (a typo, a word in a number cell). Such code cannot run, so the engine may build it and say in its
     * own, more precise words what is wrong; should the engine accept it anyway, these problems reject it.
     * {@code parsed}: the unit as read for the check, for callers that need its rules too (null when it
     * cannot be read), so that the DRL is parsed once, not once per reader.
     */
    public record Findings(List<RuleProblem> forbidden, List<RuleProblem> unresolved, PackageDescr parsed) {
    }

    /** The parser's result: the unit, or why it cannot be read. */
    private record Parsed(PackageDescr descr, List<DroolsError> errors, String failure) {

        boolean readable() {
            return descr != null && errors.isEmpty() && failure == null;
        }
    }

    /** Sorts the problems of {@link #check} into forbidden and unresolved. */
    public Findings inspect(String source, String drl, Locator locator) {
        Parsed parsed = parse(drl);
        List<RuleProblem> forbidden = new ArrayList<>();
        List<RuleProblem> unresolved = new ArrayList<>();
        for (RuleProblem problem : check(source, drl, locator, parsed)) {
            (parsed.readable() && !namesNothingKnown(problem.message()) ? forbidden : unresolved).add(problem);
        }
        return new Findings(forbidden, unresolved, parsed.readable() ? parsed.descr() : null);
    }

    /** "unknown name 'x'", or a capitalised word that is not a class Java would find by its simple name. */
    private static boolean namesNothingKnown(String message) {
        if (message.startsWith("unknown name '")) {
            return true;
        }
        Matcher type = UNKNOWN_TYPE.matcher(message);
        if (!type.find()) {
            return false;
        }
        try {
            Class.forName("java.lang." + type.group(1), false, RuleCodeChecker.class.getClassLoader());
            return false;
        } catch (ClassNotFoundException | LinkageError e) {
            return true;
        }
    }

    /**
     * @param source  the file the unit comes from, as problems name it
     * @param drl     the unit's DRL
     * @param locator where a line of the DRL lives in the file a coach edits
     * @return one problem per thing not allowed, each with its line (or sheet and row); empty when all is allowed
     */
    public List<RuleProblem> check(String source, String drl, Locator locator) {
        return check(source, drl, locator, parse(drl));
    }

    private static List<RuleProblem> check(String source, String drl, Locator locator, Parsed parsed) {
        Report report = new Report(source, locator);
        if (parsed.failure() != null) {
            report.add(0, 0, "the rules cannot be read: " + ProblemText.plain(parsed.failure()));
            return report.problems();
        }
        if (!parsed.errors().isEmpty() || parsed.descr() == null) {
            // Syntax errors are reported here, with the others: what cannot be read cannot be checked.
            parsed.errors().forEach(error -> report.add(lineOf(error), columnOf(error), ProblemText.plain(error.getMessage())));
            return report.problems();
        }
        new UnitInspection(parsed.descr(), drl, new CodeChecks(report)).run();
        return report.problems();
    }

    private static Parsed parse(String drl) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr descr = parser.parse(false, drl);
            return new Parsed(descr, List.copyOf(parser.getErrors()), null);
        } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
            return new Parsed(null, List.of(), String.valueOf(e.getMessage()));
        }
    }

    private static int lineOf(DroolsError error) {
        return error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
    }

    private static int columnOf(DroolsError error) {
        return error instanceof ParserError parserError ? parserError.getCol() + 1 : 0;
    }
}
