package app.clientfit.rules.sandbox;

import java.util.HashMap;
import java.util.Map;

/**
 * What names mean where a piece of rule code stands.
 *
 * @param variables   bound variables ({@code $c}), parameters and locals, with their static types
 * @param self        the fact a constraint tests (its properties and methods may be used bare), or the
 *                    fact a {@code modify} block changes; null elsewhere
 * @param consequence whether the engine handle and insert, update and delete may be used (consequences)
 * @param functions   the functions of the rule file, by name
 */
record Env(Map<String, Class<?>> variables, Class<?> self, boolean consequence, Map<String, Function> functions) {

    /** A function of the rule file: {@code function int atLeast(int value, int floor)}. */
    record Function(Class<?> returns, int parameters) {
    }

    static Env of(Map<String, Function> functions) {
        return new Env(Map.of(), null, false, functions);
    }

    Env withVariables(Map<String, Class<?>> more) {
        Map<String, Class<?>> all = new HashMap<>(variables);
        all.putAll(more);
        return new Env(all, self, consequence, functions);
    }

    Env constraintOf(Class<?> fact) {
        return new Env(variables, fact, false, functions);
    }

    Env inConsequence() {
        return new Env(new HashMap<>(variables), null, true, functions);
    }

    Env modifying(Class<?> fact) {
        return new Env(new HashMap<>(variables), fact, consequence, functions);
    }

    /** A copy whose locals can grow without changing this one's. */
    Env block() {
        return new Env(new HashMap<>(variables), self, consequence, functions);
    }
}
