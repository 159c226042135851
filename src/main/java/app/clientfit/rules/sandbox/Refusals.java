package app.clientfit.rules.sandbox;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

/** Why a kind of code that the check does not resolve is refused, in words a coach can act on. */
final class Refusals {

    private Refusals() {
    }

    static String of(Node node) {
        String code = "'" + Snippet.print(node) + "'";
        if (node instanceof LambdaExpr || node instanceof MethodReferenceExpr) {
            return code + " is not allowed in rules: lambdas and method references are not used in rules";
        }
        if (node instanceof ClassExpr) {
            return code + " is not allowed in rules: class literals lead to reflection";
        }
        if (node instanceof ArrayCreationExpr || node instanceof ArrayInitializerExpr) {
            return code + " is not allowed in rules: arrays are not used in rules; use a List";
        }
        if (node instanceof WhileStmt || node instanceof DoStmt || node instanceof ForStmt) {
            return code + " is not allowed in rules: loops other than 'for (x : collection)' are not allowed, a rule must always finish";
        }
        if (node instanceof TryStmt || node instanceof ThrowStmt) {
            return code + " is not allowed in rules: a rule does not throw or catch";
        }
        if (node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt) {
            return "classes cannot be declared in rules";
        }
        if (node instanceof SynchronizedStmt || node instanceof SuperExpr || node instanceof ThisExpr) {
            return code + " is not allowed in rules";
        }
        return code + " cannot be checked, so it is not allowed in rules; write it with plain method calls on the facts";
    }
}
