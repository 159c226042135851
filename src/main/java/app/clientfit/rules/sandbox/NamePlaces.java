package app.clientfit.rules.sandbox;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;

/** Where a name stands in rule code, and which names the compilers know without an import. */
final class NamePlaces {

    private NamePlaces() {
    }

    /**
     * A class Java code may name without an import (java.lang: {@code System}, {@code Runtime}), or one the
     * rule language of conditions knows by itself ({@code Array} is java.lang.reflect.Array there).
     */
    static boolean isImplicitlyImported(String name) {
        if ("Array".equals(name) || org.mvel2.compiler.AbstractParser.CLASS_LITERALS.containsKey(name)) {
            return true;
        }
        try {
            Class.forName("java.lang." + name, false, ExpressionTyper.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static boolean isReceiver(Expression expression) {
        return expression.getParentNode().orElse(null) instanceof MethodCallExpr call && call.getScope().orElse(null) == expression;
    }

    /** A name that is the start of a qualified name ({@code java} of {@code java.util.List}). */
    static boolean isQualifierOf(Expression expression) {
        Node parent = expression.getParentNode().orElse(null);
        return parent instanceof FieldAccessExpr field && field.getScope() == expression
                || parent instanceof MethodCallExpr call && call.getScope().orElse(null) == expression;
    }
}
