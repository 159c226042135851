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
     */
    public record Findings(List<RuleProblem> forbidden, List<RuleProblem> unresolved) {
    }

    /** Sorts the problems of {@link #check} into forbidden and unresolved. */
    public Findings inspect(String source, String drl, Locator locator) {
        List<RuleProblem> forbidden = new ArrayList<>();
        List<RuleProblem> unresolved = new ArrayList<>();
        boolean readable = readable(drl);
        for (RuleProblem problem : check(source, drl, locator)) {
            (readable && !namesNothingKnown(problem.message()) ? forbidden : unresolved).add(problem);
        }
        return new Findings(forbidden, unresolved);
    }

    private static boolean readable(String drl) {
        try {
            DrlParser parser = new DrlParser();
            return parser.parse(false, drl) != null && !parser.hasErrors();
        } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
            return false;
        }
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
        Report report = new Report(source, locator);
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, drl);
        } catch (DroolsParserException | RuntimeException | StackOverflowError e) {
            report.add(0, 0, "the rules cannot be read: " + ProblemText.plain(e.getMessage()));
            return report.problems();
        }
        if (parser.hasErrors() || descr == null) {
            // Syntax errors are reported here, with the others: what cannot be read cannot be checked.
            parser.getErrors().forEach(error -> report.add(lineOf(error), columnOf(error), ProblemText.plain(error.getMessage())));
            return report.problems();
        }
        new UnitInspection(descr, drl, new CodeChecks(report)).run();
        return report.problems();
    }

    private static int lineOf(DroolsError error) {
        return error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
    }

    private static int columnOf(DroolsError error) {
        return error instanceof ParserError parserError ? parserError.getCol() + 1 : 0;
    }
}
