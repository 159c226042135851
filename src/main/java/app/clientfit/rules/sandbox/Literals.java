package app.clientfit.rules.sandbox;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

/** The type of a literal: text, a number, a character, yes/no or null. The rule language's 10B and 10I are not among them. */
final class Literals {

    private Literals() {
    }

    /** The literal's type, or null when the expression is no literal of plain Java. */
    static Typed typeOf(Expression e) {
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return Typed.value(String.class);
        }
        if (e instanceof IntegerLiteralExpr) {
            return Typed.value(int.class);
        }
        if (e instanceof LongLiteralExpr) {
            return Typed.value(long.class);
        }
        if (e instanceof DoubleLiteralExpr) {
            return Typed.value(double.class);
        }
        if (e instanceof CharLiteralExpr) {
            return Typed.value(char.class);
        }
        if (e instanceof BooleanLiteralExpr) {
            return Typed.BOOLEAN;
        }
        return e instanceof NullLiteralExpr ? Typed.NULL : null;
    }
}
