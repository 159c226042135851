package app.clientfit.rules.sandbox;

import java.util.Optional;
import java.util.Set;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;

/** Whether a call or a name in rule code is allowed: its receiver, its method, what it stands for. */
final class CallAndNameRules {

    static final String WHAT_RULES_MAY_USE = "rules may use Client, Finding, Verdict, Stage, Math, text, numbers and collections";

    private CallAndNameRules() {
    }

    static String callProblem(MethodCallExpr call, Scope scope, Set<String> calls, boolean inModify) {
        String name = call.getNameAsString();
        if (AllowList.isForbiddenMethod(name)) {
            return "'" + name + "(...)' is not allowed in rules";
        }
        Optional<Expression> receiver = call.getScope();
        if (receiver.isEmpty()) {
            if (scope.functions().contains(name)) {
                calls.add(name);
                return null;
            }
            boolean known = AllowList.FACT_OPERATIONS.contains(name) || scope.properties().contains(name) || inModify;
            return known ? null : "unknown function '" + name + "': rules may call insert, update and delete, "
                    + "the functions of their own file and the methods of the fact";
        }
        if (isEngine(receiver.get())) {
            return AllowList.ENGINE_METHODS.contains(name) ? null : "'" + Snippet.print(call) + "' is not allowed in rules: of the engine, "
                    + "rules may use drools.getRule().getName() and insert, update and delete";
        }
        if (receiver.get() instanceof MethodCallExpr inner && "getRule".equals(inner.getNameAsString())
                && inner.getScope().filter(CallAndNameRules::isEngine).isPresent()) {
            return AllowList.RULE_METHODS.contains(name) ? null : "'" + Snippet.print(call) + "' is not allowed in rules: of the rule, "
                    + "rules may read its name and metadata";
        }
        if (AllowList.COLLECTION_MUTATORS.contains(name) || ("replaceAll".equals(name) && call.getArguments().size() == 1)) {
            return "'" + name + "(...)' changes a collection; collections are read-only in rules";
        }
        return null;
    }

    static String nameProblem(NameExpr expression, Scope scope, boolean inModify) {
        String name = expression.getNameAsString();
        if (scope.variables().contains(name) || scope.properties().contains(name) || scope.types().contains(name)
                || AllowList.SIMPLE_NAMES.containsKey(name)) {
            return null;
        }
        String chain = dottedChain(expression);
        if (!chain.equals(name)) {
            return allowsQualified(chain) ? null : "'" + chain + "' is not allowed in rules; " + WHAT_RULES_MAY_USE;
        }
        if (Character.isUpperCase(name.charAt(0))) {
            return "the type '" + name + "' is not allowed in rules; " + WHAT_RULES_MAY_USE;
        }
        if (AllowList.isForbiddenProperty(name)) {
            return "'" + name + "' is not allowed in rules";
        }
        return inModify ? null : "unknown name '" + name + "'";
    }

    /** {@code java.lang.System} for the {@code java} of {@code java.lang.System.exit(0)}. */
    private static String dottedChain(NameExpr root) {
        StringBuilder chain = new StringBuilder(root.getNameAsString());
        Node current = root;
        while (current.getParentNode().orElse(null) instanceof FieldAccessExpr access && access.getScope() == current) {
            chain.append('.').append(access.getNameAsString());
            current = access;
        }
        return chain.toString();
    }

    private static boolean allowsQualified(String chain) {
        String prefix = chain;
        while (prefix.contains(".")) {
            if (AllowList.TYPES.containsKey(prefix)) {
                return true;
            }
            prefix = prefix.substring(0, prefix.lastIndexOf('.'));
        }
        return false;
    }

    private static boolean isEngine(Expression expression) {
        return expression instanceof NameExpr name && AllowList.ENGINE_VARIABLES.contains(name.getNameAsString());
    }

}
