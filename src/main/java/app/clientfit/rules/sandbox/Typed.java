package app.clientfit.rules.sandbox;

/**
 * What an expression of rule code stands for, as far as the check can tell without running it.
 *
 * @param kind what it is: a value of a type, a type itself (the receiver of a static call), the first
 *             words of a qualified name ({@code java.lang}), the engine handle, {@code null}, or nothing
 *             known (a problem has already been reported for it)
 * @param type the static type of a value, or the type a type name stands for
 * @param name the words of a qualified name so far
 */
record Typed(Kind kind, Class<?> type, String name) {

    enum Kind { VALUE, TYPE, PACKAGE, ENGINE, NULL, UNKNOWN }

    static final Typed NULL = new Typed(Kind.NULL, null, "null");
    static final Typed UNKNOWN = new Typed(Kind.UNKNOWN, null, "");
    static final Typed ENGINE = new Typed(Kind.ENGINE, null, "drools");
    static final Typed BOOLEAN = value(boolean.class);
    static final Typed VOID = value(void.class);

    static Typed value(Class<?> type) {
        return new Typed(Kind.VALUE, type, type.getName());
    }

    static Typed type(Class<?> type) {
        return new Typed(Kind.TYPE, type, type.getName());
    }

    static Typed qualifiedName(String name) {
        return new Typed(Kind.PACKAGE, null, name);
    }

    boolean isValue() {
        return kind == Kind.VALUE;
    }

    boolean isKnown() {
        return kind != Kind.UNKNOWN;
    }
}
