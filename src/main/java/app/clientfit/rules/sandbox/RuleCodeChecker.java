package app.clientfit.rules.sandbox;

import java.util.List;

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
