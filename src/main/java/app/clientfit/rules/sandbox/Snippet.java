package app.clientfit.rules.sandbox;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseProblemException;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.Node;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.printer.PrintUtil;

/**
 * A piece of rule code (a condition, a consequence, a function body) and where it starts in the DRL,
 * so that a problem found in its syntax tree can be said at the DRL's line.
 *
 * @param line   1-based line of the first character
 * @param column 0-based column of the first character, as the DRL descriptors give it
 */
record Snippet(String code, int line, int column) {

    private static final Collection<String> OPERATORS = Set.of("matches", "soundslike", "memberOf", "contains",
            "excludes", "str", "in", "notin");
    /** {@code $p :} or {@code $p :=} in front of a constraint. */
    private static final Pattern BIND = Pattern.compile("\\s*([$A-Za-z_][$\\w]*)\\s*:=?(?!:)");

    /** Thrown when the code cannot be parsed at all: then it cannot be checked, and is refused. */
    static final class Unparseable extends RuntimeException {
        Unparseable(String message) {
            super(message);
        }
    }

    /** A parsed snippet: the tree, and the text it was parsed from (a block gets braces around it). */
    record Parsed(Node root, String text, int prefix) {
    }

    /**
     * A constraint of a pattern, as the engine reads it, with DRL operators ({@code matches}, {@code in},
     * {@code > 1 && < 5}). The constraint parser stops quietly after the longest valid beginning
     * ({@code this} of {@code this.class != null}), so the expression is parsed inside parentheses
     * that only its whole text can fill.
     */
    Parsed constraint() {
        Matcher bind = BIND.matcher(code);
        int skipped = bind.lookingAt() ? bind.end() : 0;
        String expression = code.substring(skipped);
        if (!Balanced.check(expression)) {
            throw new Unparseable("unbalanced brackets or quotes");
        }
        String text = "(" + expression + ")";
        return new Parsed(parse(() -> DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(OPERATORS), text).getExpr()),
                text, 1 - skipped);
    }

    /** The variable a constraint binds ({@code $p} of {@code $p : points}), or null. */
    String binding() {
        Matcher bind = BIND.matcher(code);
        return bind.lookingAt() ? bind.group(1) : null;
    }

    Parsed expression() {
        return new Parsed(parse(() -> MvelParser.parseExpression(code)), code, 0);
    }

    /** A block of statements; consequences may use {@code modify($x) { ... }}. */
    Parsed block() {
        String text = "{" + code + "\n}";
        return new Parsed(parse(() -> MvelParser.parseBlock(text)), text, 1);
    }

    /**
     * The DRL line and column of every node. This parser keeps neither positions nor linked tokens, only
     * the text of each node's first and last token: a node is looked up in the text between where its
     * parent starts and ends, after the siblings before it (children mostly come in the order of the text).
     */
    Map<Node, int[]> positions(Parsed parsed) {
        Map<Node, int[]> positions = new IdentityHashMap<>();
        place(parsed.root(), 0, parsed.text().length(), parsed, positions);
        return positions;
    }

    /** Places the node and its children; answers where the node ends as far as its last token tells. */
    private int place(Node node, int from, int limit, Parsed parsed, Map<Node, int[]> positions) {
        String text = parsed.text();
        int found = token(node, true).isEmpty() ? -1 : text.indexOf(token(node, true), from);
        int at = found >= 0 && found <= limit ? found : from;
        int end = token(node, false).isEmpty() ? -1 : text.indexOf(token(node, false), at);
        int inside = end >= 0 && end + token(node, false).length() <= limit ? end + token(node, false).length() : limit;
        positions.put(node, position(text, Math.max(0, at - parsed.prefix())));
        int next = at;
        for (Node child : node.getChildNodes()) {
            next = Math.max(next, place(child, next, inside, parsed, positions));
        }
        return Math.max(inside == limit ? at + token(node, true).length() : inside, at);
    }

    private static String token(Node node, boolean first) {
        return node.getTokenRange().map(range -> first ? range.getBegin() : range.getEnd()).map(JavaToken::getText).orElse("");
    }

    private int[] position(String text, int offset) {
        int lineInCode = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                lineInCode++;
                lineStart = i + 1;
            }
        }
        int columnInLine = offset - lineStart;
        return lineInCode == 0 ? new int[] {line, column + columnInLine + 1} : new int[] {line + lineInCode, columnInLine + 1};
    }

    private static <T> T parse(Supplier<T> parsing) {
        try {
            return parsing.get();
        } catch (ParseProblemException e) {
            String first = e.getProblems().isEmpty() ? "syntax error" : e.getProblems().get(0).getMessage();
            throw new Unparseable(first.lines().findFirst().orElse("syntax error"));
        } catch (RuntimeException | StackOverflowError e) {
            throw new Unparseable("syntax error");
        }
    }

    /** Nodes of the rule language print only with the rule language's printer. */
    static String print(Node node) {
        try {
            String text = PrintUtil.printNode(node).strip().replaceAll("\\s+", " ");
            return text.length() > 80 ? text.substring(0, 80) + "..." : text;
        } catch (RuntimeException e) {
            return "this code";
        }
    }
}
