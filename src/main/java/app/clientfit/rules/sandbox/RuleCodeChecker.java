package app.clientfit.rules.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

import app.clientfit.rules.problem.RuleProblem;

/**
 * Checks the code of one unit of rules (a DRL file, or the DRL a decision-table sheet stands for)
 * before the engine builds it. Unicode escapes are resolved first, and the engine is given that same
 * text, so the check reads what the compiler compiles. Then every call, field, constructor, cast and
 * type in conditions, consequences, functions, eval, from and accumulate is resolved by type and
 * allowed only when the allow-list ({@link RuleAllowList}) holds it.
 */
public final class RuleCodeChecker {

    private final RuleAllowList allowList = RuleAllowList.standard();

    /**
     * What the check found, in two kinds. {@code forbidden}: code that uses what rules may not; it never
     * reaches the engine. {@code unresolved}: text that cannot be read or names nothing known at all
     * (a typo, a word in a number cell). Such code cannot run, so the engine may build it and say in its
     * own, more precise words what is wrong; should the engine accept it anyway, these problems reject it.
     * {@code parsed}: the unit as read for the check, for callers that need its rules too (null when it
     * cannot be read), so that the DRL is parsed once, not once per reader. {@code drl}: the text that
     * was checked (escapes resolved), the only one the engine may build.
     */
    public record Findings(List<RuleProblem> forbidden, List<RuleProblem> unresolved, PackageDescr parsed, String drl) {
    }

    /** The parser's result: the unit, or why it cannot be read. */
    private record Parsed(PackageDescr descr, List<DroolsError> errors, String failure) {
    }

    public Findings inspect(String source, String drl, Locator locator) {
        Report report = new Report(source, locator);
        UnicodeEscapes.Resolved resolved = UnicodeEscapes.resolve(drl);
        resolved.lineBreaks().forEach(at -> report.add(at[0], at[1], "a Unicode escape for a line break ('\\u000a') is not allowed "
                + "in rules: the compiler would read a new line where the rule shows none"));
        if (resolved.incomplete()) {
            report.add(0, 0, "Unicode escapes that spell further escapes are not allowed in rules; write the characters themselves");
        }
        Parsed parsed = parse(resolved.text());
        if (parsed.failure() != null) {
            report.add(0, 0, "the rules cannot be read: " + ProblemText.plain(parsed.failure()), false);
        } else {
            // Syntax errors are reported with the others; what the parser could still read is checked all the same.
            parsed.errors().forEach(error -> report.add(lineOf(error), columnOf(error), ProblemText.plain(error.getMessage()), false));
            if (parsed.descr() != null) {
                new UnitInspection(parsed.descr(), resolved.text(), new CodeChecks(report, allowList)).run();
            }
        }
        boolean readable = parsed.descr() != null && parsed.errors().isEmpty() && parsed.failure() == null;
        return new Findings(report.forbidden(), report.unresolved(), readable ? parsed.descr() : null, resolved.text());
    }

    /**
     * @param source  the file the unit comes from, as problems name it
     * @param drl     the unit's DRL
     * @param locator where a line of the DRL lives in the file a coach edits
     * @return one problem per thing not allowed or not known, each with its line (or sheet and row)
     */
    public List<RuleProblem> check(String source, String drl, Locator locator) {
        Findings findings = inspect(source, drl, locator);
        List<RuleProblem> all = new ArrayList<>(findings.forbidden());
        all.addAll(findings.unresolved());
        return all;
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
