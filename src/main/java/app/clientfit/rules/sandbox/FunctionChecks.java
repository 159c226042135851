package app.clientfit.rules.sandbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.FunctionDescr;

/**
 * Checks the functions of a rule file: their signatures and bodies by type, and that none of them
 * calls itself, directly or through another, since a rule must always finish.
 */
final class FunctionChecks {

    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_$][\\w$]*)\\s*\\(");

    private final CodeChecks code;
    private final ConsequenceText text;

    FunctionChecks(CodeChecks code, ConsequenceText text) {
        this.code = code;
        this.text = text;
    }

    /** The signatures of the functions, so that rules and other functions can call them. */
    Map<String, Env.Function> signatures(List<FunctionDescr> functions) {
        Map<String, Env.Function> signatures = new LinkedHashMap<>();
        for (FunctionDescr function : functions) {
            Class<?> returns = code.typeName(function.getReturnType(), function.getLine(), function.getColumn(), "a function returning a value");
            signatures.put(function.getName(), new Env.Function(returns == null ? Object.class : returns, function.getParameterNames().size()));
        }
        return signatures;
    }

    void check(List<FunctionDescr> functions, Env base) {
        Map<String, Set<String>> calls = new HashMap<>();
        for (FunctionDescr function : functions) {
            if (!Character.isLowerCase(function.getName().charAt(0))) {
                code.refuse(function.getLine(), function.getColumn(), "a function's name starts with a small letter ('"
                        + function.getName() + "'): the engine makes a class of it, which must not stand for a type");
            }
            if (function.getDialect() != null && !"java".equals(function.getDialect())) {
                code.refuse(function.getLine(), function.getColumn(), "functions must be written in the java dialect");
            }
            Map<String, Class<?>> parameters = new HashMap<>();
            for (int i = 0; i < function.getParameterNames().size(); i++) {
                Class<?> type = code.typeName(function.getParameterTypes().get(i), function.getLine(), function.getColumn(), "a function parameter");
                parameters.put(function.getParameterNames().get(i), type == null ? Object.class : type);
            }
            String body = function.getBody() == null ? "" : function.getBody();
            text.check(body, function.getLine(), code, base.withVariables(parameters));
            calls.put(function.getName(), called(body, functions));
        }
        for (FunctionDescr function : functions) {
            if (reaches(function.getName(), function.getName(), calls, new HashSet<>())) {
                code.refuse(function.getLine(), function.getColumn(), "the function '" + function.getName()
                        + "' calls itself (directly or through another function): a rule must always finish");
            }
        }
    }

    /** The functions of the file a body names before a bracket; a word that is not called overcounts, which is safe. */
    private static Set<String> called(String body, List<FunctionDescr> functions) {
        Set<String> names = new HashSet<>();
        functions.forEach(function -> names.add(function.getName()));
        Set<String> called = new HashSet<>();
        Matcher matcher = CALL.matcher(body);
        while (matcher.find()) {
            if (names.contains(matcher.group(1))) {
                called.add(matcher.group(1));
            }
        }
        return called;
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
