package app.clientfit.rules.sandbox;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;

/** Parses each piece of rule code where it stands and has it inspected; code that cannot be parsed is refused. */
final class CodeChecks {

    /** What an annotation value may be: the engine evaluates anything else as code when it builds the rules. */
    private static final Pattern PLAIN_VALUE = Pattern.compile(
            "-?\\d+(\\.\\d+)?[lLdDfF]?|\"([^\"\\\\]|\\\\.)*\"|'([^'\\\\]|\\\\.)*'|[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PRIMITIVE = Pattern.compile("boolean|byte|char|short|int|long|float|double|void");

    private final Report report;
    private final CodeInspector inspector;

    CodeChecks(Report report) {
        this.report = report;
        this.inspector = new CodeInspector(report);
    }

    void refuse(int line, int column, String message) {
        report.add(line, column + 1, message);
    }

    void constraint(String code, int line, int column, Scope scope) {
        Snippet snippet = new Snippet(code, line, column);
        try {
            inspector.inspect(snippet, snippet.constraint(), scope, new HashSet<>());
        } catch (Snippet.Unparseable e) {
            refuse(line, column, unparseable(code, e));
        }
    }

    void expression(String code, int line, int column, Scope scope) {
        Snippet snippet = new Snippet(code, line, column);
        try {
            inspector.inspect(snippet, snippet.expression(), scope, new HashSet<>());
        } catch (Snippet.Unparseable e) {
            refuse(line, column, unparseable(code, e));
        }
    }

    void block(String code, int line, int column, Scope scope) {
        block(code, line, column, scope, new HashSet<>());
    }

    /** A block of statements; the package functions it calls are added to {@code calls}. */
    void block(String code, int line, int column, Scope scope, Set<String> calls) {
        Snippet snippet = new Snippet(code, line, column);
        try {
            inspector.inspect(snippet, snippet.block(), scope, calls);
        } catch (Snippet.Unparseable e) {
            refuse(line, column, unparseable(code, e));
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

    /** A type named in a declaration (field, global, function signature): allowed, declared here, or primitive. */
    void typeName(String name, int line, int column, Set<String> declaredTypes, String what) {
        String bare = name == null ? "" : name.replaceAll("<.*>", "").replace("[]", "").trim();
        if (PRIMITIVE.matcher(bare).matches() || AllowList.type(bare) != null || declaredTypes.contains(bare)) {
            return;
        }
        refuse(line, column, what + " of type '" + name + "' is not allowed; rules may use "
                + String.join(", ", AllowList.factTypeNames()) + ", text, numbers and collections");
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
