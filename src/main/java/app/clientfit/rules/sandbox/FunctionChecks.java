package app.clientfit.rules.sandbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.drl.ast.descr.FunctionDescr;

/**
 * Checks the functions of a rule file: their signatures, their bodies, and that none of them calls
 * itself, directly or through another, since a rule must always finish.
 */
final class FunctionChecks {

    private final CodeChecks code;
    private final ConsequenceText text;
    private final Scope base;

    FunctionChecks(CodeChecks code, ConsequenceText text, Scope base) {
        this.code = code;
        this.text = text;
        this.base = base;
    }

    void check(List<FunctionDescr> functions) {
        Map<String, Set<String>> calls = new HashMap<>();
        for (FunctionDescr function : functions) {
            code.typeName(function.getReturnType(), function.getLine(), function.getColumn(), base.types(), "a function returning a value");
            function.getParameterTypes().forEach(type -> code.typeName(type, function.getLine(), function.getColumn(),
                    base.types(), "a function parameter"));
            if (!"java".equals(function.getDialect()) && function.getDialect() != null) {
                code.refuse(function.getLine(), function.getColumn(), "functions must be written in the java dialect");
            }
            Set<String> called = new HashSet<>();
            Scope scope = base.with(new HashSet<>(function.getParameterNames()), Set.of(), Set.of());
            text.check(function.getBody() == null ? "" : function.getBody(), function.getLine(), code, scope, called);
            calls.put(function.getName(), called);
        }
        for (FunctionDescr function : functions) {
            if (reaches(function.getName(), function.getName(), calls, new HashSet<>())) {
                code.refuse(function.getLine(), function.getColumn(), "the function '" + function.getName()
                        + "' calls itself (directly or through another function): a rule must always finish");
            }
        }
    }

    private static boolean reaches(String from, String target, Map<String, Set<String>> calls, Set<String> seen) {
        for (String next : calls.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(next, target, calls, seen))) {
                return true;
            }
        }
        return false;
    }
}
