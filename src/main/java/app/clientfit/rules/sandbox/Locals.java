package app.clientfit.rules.sandbox;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.type.VarType;

/** A local variable a rule declares: its type must be allowed, and it is known from there on. */
final class Locals {

    private final ExpressionTyper typer;

    Locals(ExpressionTyper typer) {
        this.typer = typer;
    }

    void declare(VariableDeclarationExpr declaration, Env env) {
        for (VariableDeclarator variable : declaration.getVariables()) {
            Typed initial = variable.getInitializer().map(value -> typer.type(value, env)).orElse(Typed.UNKNOWN);
            Class<?> type;
            if (variable.getType() instanceof VarType) {
                type = initial.isValue() ? initial.type() : Object.class;
            } else {
                type = typer.types().resolve(variable.getType());
            }
            env.variables().put(variable.getNameAsString(), type == null ? Object.class : type);
        }
    }
}
