package app.clientfit.rules.sandbox;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import org.drools.mvel.parser.ast.expr.ModifyStatement;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.OOPathExpr;
import org.drools.mvel.parser.ast.expr.WithStatement;

/**
 * Checks one parsed piece of rule code node by node: every type it names, every call it makes and
 * every name it uses must be on the allow-list or declared by the rule itself.
 */
final class CodeInspector {

    private final Report report;

    CodeInspector(Report report) {
        this.report = report;
    }

    /** Checks the tree; the package functions it calls are added to {@code calls}. */
    void inspect(Snippet snippet, Snippet.Parsed parsed, Scope scope, Set<String> calls) {
        Node root = parsed.root();
        Scope inner = scope.with(declaredNames(root), Set.of(), scope.properties());
        Set<Node> modifyBodies = modifyBodies(root);
        Map<Node, int[]> positions = snippet.positions(parsed);
        root.walk(node -> {
            String problem = problemOf(node, inner, calls, modifyBodies.contains(node));
            if (problem != null) {
                int[] at = positions.get(node);
                report.add(at[0], at[1], problem);
            }
        });
    }

    private static String problemOf(Node node, Scope scope, Set<String> calls, boolean inModify) {
        if (node instanceof ClassExpr literal) {
            return "'" + Snippet.print(literal) + "' is not allowed in rules: class literals lead to reflection";
        }
        if (node instanceof ClassOrInterfaceType type && !isScopeOfType(type)) {
            String name = type.getNameWithScope();
            return AllowList.type(name) != null || scope.types().contains(name) ? null
                    : "the type '" + name + "' is not allowed in rules; " + CallAndNameRules.WHAT_RULES_MAY_USE;
        }
        if (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
            return "classes cannot be declared in rules ('new " + creation.getTypeAsString() + "() { ... }')";
        }
        if (node instanceof InitializerDeclaration) {
            return "static or instance initialisers are not allowed in rules";
        }
        if (node instanceof TypeDeclaration<?> || node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt) {
            return "classes cannot be declared in rules";
        }
        if (node instanceof WhileStmt || node instanceof DoStmt || node instanceof ForStmt) {
            return "loops other than 'for (x : collection)' are not allowed in rules: a rule must always finish";
        }
        if (node instanceof ArrayCreationExpr || node instanceof SynchronizedStmt || node instanceof SuperExpr
                || node instanceof ExplicitConstructorInvocationStmt || node instanceof WithStatement) {
            return "'" + firstLine(node) + "' is not allowed in rules";
        }
        if (node instanceof OOPathExpr || node instanceof NullSafeMethodCallExpr || node instanceof NullSafeFieldAccessExpr) {
            return "'" + firstLine(node) + "' is not supported in rules; write it with plain method calls";
        }
        if (node instanceof MethodReferenceExpr reference && AllowList.isForbiddenMethod(reference.getIdentifier())) {
            return "'" + Snippet.print(reference) + "' is not allowed in rules";
        }
        if (node instanceof MethodCallExpr call) {
            return CallAndNameRules.callProblem(call, scope, calls, inModify);
        }
        if (node instanceof FieldAccessExpr field && AllowList.isForbiddenProperty(field.getNameAsString())) {
            return "'" + Snippet.print(field) + "' is not allowed in rules";
        }
        if (node instanceof NameExpr name) {
            return CallAndNameRules.nameProblem(name, scope, inModify);
        }
        return null;
    }

    private static boolean isScopeOfType(ClassOrInterfaceType type) {
        return type.getParentNode().orElse(null) instanceof ClassOrInterfaceType outer && outer.getScope().orElse(null) == type;
    }

    /** Inside {@code modify($f) { waive(...) }} bare names and calls belong to the modified fact. */
    private static Set<Node> modifyBodies(Node root) {
        Set<Node> body = Collections.newSetFromMap(new IdentityHashMap<>());
        root.walk(node -> {
            if (node instanceof ModifyStatement modify) {
                modify.getExpressions().forEach(statement -> statement.walk(body::add));
            }
        });
        return body;
    }

    private static Set<String> declaredNames(Node root) {
        Set<String> names = new HashSet<>();
        root.walk(node -> {
            if (node instanceof VariableDeclarator variable) {
                names.add(variable.getNameAsString());
            } else if (node instanceof Parameter parameter) {
                names.add(parameter.getNameAsString());
            } else if (node instanceof TypePatternExpr pattern) {
                names.add(pattern.getNameAsString());
            }
        });
        return names;
    }

    private static String firstLine(Node node) {
        return Snippet.print(node);
    }
}
