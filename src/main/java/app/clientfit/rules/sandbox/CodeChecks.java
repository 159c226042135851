package app.clientfit.rules.sandbox;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.Statement;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;

/** Parses each piece of rule code where it stands and has it checked by type; code that cannot be parsed is refused. */
final class CodeChecks {

    /** What an annotation value may be: the engine evaluates anything else as code when it builds the rules. */
    private static final Pattern PLAIN_VALUE = Pattern.compile(
            "-?\\d+(\\.\\d+)?[lLdDfF]?|\"([^\"\\\\]|\\\\.)*\"|'([^'\\\\]|\\\\.)*'|[A-Za-z_][A-Za-z0-9_]*");

    private final Report report;
    private final RuleAllowList allowList;

    CodeChecks(Report report, RuleAllowList allowList) {
        this.report = report;
        this.allowList = allowList;
    }

    RuleAllowList allowList() {
        return allowList;
    }

    void refuse(int line, int column, String message) {
        report.add(line, column + 1, message);
    }

    /** A constraint of a pattern; answers the type of its value (for a binding such as {@code $p : points}). */
    Typed constraint(String code, int line, int column, Env env) {
        Snippet snippet = new Snippet(code, line, column);
        return run(snippet, Snippet::constraint, (typer, root) -> typer.type((Expression) root, env));
    }

    Typed expression(String code, int line, int column, Env env) {
        Snippet snippet = new Snippet(code, line, column);
        return run(snippet, Snippet::expression, (typer, root) -> typer.type((Expression) root, env));
    }

    /** A block of statements; the locals it declares are added to {@code env}'s variables. */
    void block(String code, int line, int column, Env env) {
        Snippet snippet = new Snippet(code, line, column);
        run(snippet, Snippet::block, (typer, root) -> {
            new StatementChecker(typer).checkAll((Statement) root, env);
            return Typed.VOID;
        });
    }

    private interface Check {
        Typed apply(ExpressionTyper typer, Node root);
    }

    private Typed run(Snippet snippet, Function<Snippet, Snippet.Parsed> parse, Check check) {
        Snippet.Parsed parsed;
        try {
            parsed = parse.apply(snippet);
        } catch (Snippet.Unparseable e) {
            refuse(snippet.line(), snippet.column(), unparseable(snippet.code(), e));
            return Typed.UNKNOWN;
        }
        Map<Node, int[]> positions = snippet.positions(parsed);
        ExpressionTyper typer = new ExpressionTyper(allowList, (at, message, forbidden) -> {
            int[] where = positions.getOrDefault(at, new int[] {snippet.line(), snippet.column() + 1});
            report.add(where[0], where[1], message, forbidden);
        });
        try {
            return check.apply(typer, parsed.root());
        } catch (RuntimeException | StackOverflowError e) {
            refuse(snippet.line(), snippet.column(), "'" + shorten(snippet.code()) + "' cannot be checked, so it is not allowed");
            return Typed.UNKNOWN;
        }
    }

    /** Annotation values must be plain values: {@code @severity(2)}, never {@code @x(System.exit(0))}. */
    void annotations(AnnotatedBaseDescr descr) {
        for (AnnotationDescr annotation : descr.getAnnotations()) {
            for (Object value : annotation.getValueMap().values()) {
                String text = String.valueOf(value).trim();
                if (!PLAIN_VALUE.matcher(text).matches()) {
                    int line = annotation.getLine() > 0 ? annotation.getLine() : descr.getLine();
                    refuse(line, annotation.getColumn(), "the value of @" + annotation.getName()
                            + " must be a plain number, text or word, not code: '" + shorten(text) + "'");
                }
            }
        }
    }

    /** A type named in a declaration (a function's signature, a pattern): allowed or primitive, else refused. */
    Class<?> typeName(String name, int line, int column, String what) {
        String bare = name == null ? "" : name.replaceAll("<.*>", "").trim();
        Class<?> type = new TypeNames(allowList, (at, message) -> { }).byName(bare);
        if (type == null || bare.endsWith("[]")) {
            refuse(line, column, what + " of type '" + name + "' is not allowed: it is not on the allow-list");
            return null;
        }
        return type;
    }

    private static String unparseable(String code, Snippet.Unparseable e) {
        return "'" + shorten(code) + "' cannot be checked, so it is not allowed (" + e.getMessage()
                + "); write it in plain Java syntax";
    }

    static String shorten(String text) {
        String single = text.strip().replaceAll("\\s+", " ");
        return single.length() > 80 ? single.substring(0, 80) + "..." : single;
    }
}
