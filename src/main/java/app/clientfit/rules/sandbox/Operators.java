package app.clientfit.rules.sandbox;

import java.util.List;

import com.github.javaparser.ast.expr.BinaryExpr;

/** The type of what an operator gives: text joined with {@code +}, a number, or yes/no. */
final class Operators {

    private static final List<Class<?>> NUMBERS = List.of(byte.class, short.class, char.class, int.class, long.class,
            float.class, double.class);

    private Operators() {
    }

    static Typed binary(BinaryExpr.Operator operator, Typed left, Typed right) {
        return switch (operator) {
            case OR, AND, EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS -> Typed.BOOLEAN;
            case PLUS -> isText(left) || isText(right) ? Typed.value(String.class) : number(left, right);
            default -> number(left, right);
        };
    }

    private static boolean isText(Typed typed) {
        return typed.isValue() && (typed.type() == String.class || typed.type() == CharSequence.class);
    }

    /** The wider of two numbers, as Java promotes them (at least int); unknown stays unknown. */
    private static Typed number(Typed left, Typed right) {
        if (!left.isValue() || !right.isValue()) {
            return Typed.UNKNOWN.equals(left) || Typed.UNKNOWN.equals(right) ? Typed.UNKNOWN : Typed.value(double.class);
        }
        int wider = Math.max(Math.max(rank(left), rank(right)), NUMBERS.indexOf(int.class));
        return Typed.value(NUMBERS.get(wider));
    }

    private static int rank(Typed typed) {
        Class<?> primitive = Members.unbox(typed.type());
        return primitive == null || primitive == boolean.class ? NUMBERS.indexOf(double.class) : NUMBERS.indexOf(primitive);
    }
}
