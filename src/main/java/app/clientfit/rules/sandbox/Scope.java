package app.clientfit.rules.sandbox;

import java.util.HashSet;
import java.util.Set;

/**
 * The names a piece of rule code may use besides the allowed types.
 *
 * @param variables  bound variables ({@code $c}), globals, {@code drools}, locals and parameters
 * @param functions  what may be called without a receiver: the package's functions, insert/update/delete
 * @param properties names that stand for a property of the fact a constraint tests
 * @param types      the types declared in the rule file itself
 */
record Scope(Set<String> variables, Set<String> functions, Set<String> properties, Set<String> types) {

    Scope with(Set<String> moreVariables, Set<String> moreFunctions, Set<String> factProperties) {
        Set<String> allVariables = new HashSet<>(variables);
        allVariables.addAll(moreVariables);
        Set<String> allFunctions = new HashSet<>(functions);
        allFunctions.addAll(moreFunctions);
        return new Scope(allVariables, allFunctions, factProperties, types);
    }
}
