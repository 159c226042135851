package app.clientfit.rules.sandbox;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import org.drools.mvel.parser.ast.expr.ModifyStatement;

/**
 * Checks the statements of a consequence or a function body. What a rule may do is short: declare and
 * assign its own variables, call what the allow-list holds, decide with {@code if}, go through a
 * collection with {@code for (x : collection)}, change a fact in {@code modify}, and return.
 */
final class StatementChecker {

    private final ExpressionTyper typer;

    StatementChecker(ExpressionTyper typer) {
        this.typer = typer;
    }

    /** The statements of a consequence or function body, declaring their locals in {@code env} itself. */
    void checkAll(Statement root, Env env) {
        if (root instanceof BlockStmt block) {
            block.getStatements().forEach(child -> check(child, env));
        } else {
            check(root, env);
        }
    }

    void check(Statement statement, Env env) {
        if (statement instanceof BlockStmt block) {
            Env inner = env.block();
            block.getStatements().forEach(child -> check(child, inner));
        } else if (statement instanceof ExpressionStmt expression) {
            typer.type(expression.getExpression(), env);
        } else if (statement instanceof IfStmt test) {
            typer.type(test.getCondition(), env);
            check(test.getThenStmt(), env.block());
            test.getElseStmt().ifPresent(otherwise -> check(otherwise, env.block()));
        } else if (statement instanceof ForEachStmt loop) {
            forEach(loop, env.block());
        } else if (statement instanceof ReturnStmt result) {
            result.getExpression().ifPresent(value -> typer.type(value, env));
        } else if (statement instanceof ModifyStatement modify) {
            modify(modify, env);
        } else if (statement instanceof BreakStmt stop && stop.getLabel().isEmpty()
                || statement instanceof ContinueStmt next && next.getLabel().isEmpty() || statement instanceof EmptyStmt) {
            return;
        } else {
            typer.refuse(statement, Refusals.of(statement));
        }
    }

    private void forEach(ForEachStmt loop, Env env) {
        Typed collection = typer.type(loop.getIterable(), env);
        if (collection.isValue() && !Iterable.class.isAssignableFrom(collection.type())) {
            typer.refuse(loop.getIterable(), "'for (x : ...)' goes through a collection; '" + Snippet.print(loop.getIterable()) + "' is none");
        }
        new Locals(typer).declare(loop.getVariable(), env);
        check(loop.getBody(), env);
    }

    /** {@code modify($f) { waive(...) }}: the calls inside belong to the fact being changed. */
    private void modify(ModifyStatement modify, Env env) {
        Typed fact = typer.type(modify.getModifyObject(), env);
        if (!fact.isValue() || fact.type().isPrimitive()) {
            if (fact.isKnown()) {
                typer.refuse(modify.getModifyObject(), "'modify' changes a fact bound in the conditions, such as $f");
            }
            return;
        }
        Env inside = env.modifying(fact.type());
        for (Statement statement : modify.getExpressions()) {
            Expression change = statement instanceof ExpressionStmt expression ? expression.getExpression() : null;
            if (change instanceof MethodCallExpr call && call.getScope().isEmpty()) {
                typer.type(call, inside);
            } else {
                typer.refuse(statement, "inside 'modify' a rule calls the methods of the fact it changes, such as waive(...)");
            }
        }
    }
}
