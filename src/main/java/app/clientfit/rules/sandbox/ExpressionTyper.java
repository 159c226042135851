package app.clientfit.rules.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.InlineCastExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * Gives every expression of a piece of rule code its static type, resolving each name, call, field,
 * constructor and cast to the type that declares it, and refuses what the allow-list does not hold.
 * Any kind of expression not named here (lambdas, method references, class literals, arrays, switch
 * expressions, the engine's own extensions) is refused: what cannot be resolved cannot run.
 */
final class ExpressionTyper {

    /** The operators of conditions that read facts and nothing else. */
    private static final Set<String> OPERATORS = Set.of("matches", "contains", "excludes", "memberOf", "in", "notin", "soundslike", "str");
    private static final Set<String> FACT_OPERATIONS = Set.of("insert", "insertLogical", "update", "delete", "retract");
    private static final Set<String> ENGINE_NAMES = Set.of("drools", "kcontext");

    private final RuleAllowList allowList;
    private final Members members;
    private final TypeNames types;
    private final Reporter reporter;

    /** Where a problem found at a node is said: forbidden (never built) or unresolved (the engine words it). */
    interface Reporter {
        void problem(Node at, String message, boolean forbidden);
    }

    ExpressionTyper(RuleAllowList allowList, Reporter reporter) {
        this.allowList = allowList;
        this.reporter = reporter;
        this.members = new Members(allowList);
        this.types = new TypeNames(allowList, (at, message) -> reporter.problem(at, message, true));
    }

    TypeNames types() {
        return types;
    }

    Typed type(Expression expression, Env env) {
        Typed typed = typeOf(expression, env);
        if (typed.kind() == Typed.Kind.ENGINE && !NamePlaces.isReceiver(expression)) {
            return refuse(expression, "the engine handle '" + typed.name() + "' may only be used as in "
                    + "drools.getRule().getName() or drools.insert(...), not passed on, stored or put in brackets");
        }
        return typed;
    }

    private Typed typeOf(Expression e, Env env) {
        Typed literal = Literals.typeOf(e);
        if (literal != null) {
            return literal;
        }
        if (e instanceof NameExpr name) {
            return name(name, env);
        }
        if (e instanceof FieldAccessExpr field) {
            return field(field, env);
        }
        if (e instanceof MethodCallExpr call) {
            return call(call, env);
        }
        if (e instanceof ObjectCreationExpr creation) {
            return creation(creation, env);
        }
        if (e instanceof EnclosedExpr enclosed) {
            return type(enclosed.getInner(), env);
        }
        if (e instanceof BinaryExpr binary) {
            return Operators.binary(binary.getOperator(), type(binary.getLeft(), env), type(binary.getRight(), env));
        }
        if (e instanceof UnaryExpr unary) {
            Typed operand = type(unary.getExpression(), env);
            if (unary.getOperator().isPostfix() || unary.getOperator().isPrefix() && unary.getOperator().asString().length() == 2) {
                assignable(unary.getExpression(), env);
            }
            return unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? Typed.BOOLEAN : operand;
        }
        if (e instanceof ConditionalExpr conditional) {
            type(conditional.getCondition(), env);
            Typed then = type(conditional.getThenExpr(), env);
            Typed otherwise = type(conditional.getElseExpr(), env);
            return then.isValue() && otherwise.isValue() && then.type() != otherwise.type() ? Typed.value(Object.class) : then;
        }
        if (e instanceof CastExpr cast) {
            type(cast.getExpression(), env);
            Class<?> target = types.resolve(cast.getType());
            return target == null ? Typed.UNKNOWN : Typed.value(target);
        }
        if (e instanceof InstanceOfExpr test) {
            type(test.getExpression(), env);
            if (test.getPattern().isPresent()) {
                return refuse(test, "'instanceof' with a pattern variable is not used in rules; cast instead");
            }
            types.resolve(test.getType());
            return Typed.BOOLEAN;
        }
        if (e instanceof AssignExpr assign) {
            Typed value = type(assign.getValue(), env);
            assignable(assign.getTarget(), env);
            return value;
        }
        if (e instanceof VariableDeclarationExpr declaration) {
            new Locals(this).declare(declaration, env);
            return Typed.VOID;
        }
        if (e instanceof ArrayAccessExpr access) {
            Typed collection = type(access.getName(), env);
            type(access.getIndex(), env);
            if (collection.isValue() && (java.util.Map.class.isAssignableFrom(collection.type()) || List.class.isAssignableFrom(collection.type()))) {
                return Typed.value(Object.class); // the rule language's map["key"] and list[0]
            }
            return collection.isKnown() ? refuse(access, "arrays are not used in rules") : Typed.UNKNOWN;
        }
        if (e instanceof ThisExpr && env.self() != null && !env.consequence()) {
            return Typed.value(env.self());
        }
        return ruleLanguage(e, env);
    }

    /** The extensions of the rule language to Java: {@code > 1 && < 5}, {@code matches}, {@code in}. */
    private Typed ruleLanguage(Expression e, Env env) {
        if (e instanceof DrlxExpression drlx) {
            return type(drlx.getExpr(), env);
        }
        if (e instanceof HalfBinaryExpr half) {
            type(half.getRight(), env);
            return Typed.BOOLEAN;
        }
        if (e instanceof PointFreeExpr pointFree && OPERATORS.contains(pointFree.getOperator().asString())) {
            type(pointFree.getLeft(), env);
            pointFree.getRight().forEach(right -> type(right, env));
            return Typed.BOOLEAN;
        }
        if (e instanceof HalfPointFreeExpr halfPointFree && OPERATORS.contains(halfPointFree.getOperator().asString())) {
            halfPointFree.getRight().forEach(right -> type(right, env));
            return Typed.BOOLEAN;
        }
        if (e instanceof InlineCastExpr cast) {
            type(cast.getExpression(), env);
            Class<?> target = types.resolve(cast.getType());
            return target == null ? Typed.UNKNOWN : Typed.value(target);
        }
        return refuse(e, Refusals.of(e));
    }

    private Typed name(NameExpr expression, Env env) {
        String name = expression.getNameAsString();
        if (expression instanceof DrlNameExpr drl && drl.getBackReferencesCount() > 0) {
            return refuse(expression, "'../' paths are not used in rules");
        }
        if (env.variables().containsKey(name)) {
            return Typed.value(env.variables().get(name));
        }
        if (env.consequence() && ENGINE_NAMES.contains(name)) {
            return new Typed(Typed.Kind.ENGINE, null, name);
        }
        if (env.self() != null) {
            Members.Lookup property = members.property(env.self(), name);
            if (property.problem() == null || property.forbidden()) {
                return report(expression, property);
            }
        }
        Class<?> type = types.byName(name);
        if (type != null) {
            return Typed.type(type);
        }
        if (Character.isUpperCase(name.charAt(0)) && NamePlaces.isImplicitlyImported(name)) {
            return refuse(expression, TypeNames.notAllowed(name));
        }
        if (NamePlaces.isQualifierOf(expression)) {
            return Typed.qualifiedName(name);
        }
        return unresolved(expression, "unknown name '" + name + "'");
    }

    private Typed field(FieldAccessExpr field, Env env) {
        Typed scope = type(field.getScope(), env);
        String name = field.getNameAsString();
        return switch (scope.kind()) {
            case PACKAGE -> {
                String qualified = scope.name() + "." + name;
                Class<?> type = types.byName(qualified);
                if (type != null) {
                    yield Typed.type(type);
                }
                yield NamePlaces.isQualifierOf(field) ? Typed.qualifiedName(qualified) : refuse(field, "'" + qualified + "' is not allowed in rules: it is not on the allow-list");
            }
            case TYPE -> {
                Class<?> nested = types.byName(RuleAllowList.simpleName(scope.type()) + "." + name);
                yield nested != null ? Typed.type(nested) : report(field, members.constant(scope.type(), name));
            }
            case VALUE -> scope.type().isPrimitive() ? unresolved(field, "'" + name + "' cannot be read from a number or yes/no value")
                    : report(field, members.property(scope.type(), name));
            case ENGINE -> refuse(field, "'" + scope.name() + "." + name + "' is not allowed in rules");
            default -> Typed.UNKNOWN;
        };
    }

    private Typed call(MethodCallExpr call, Env env) {
        String name = call.getNameAsString();
        List<Typed> arguments = new ArrayList<>();
        call.getArguments().forEach(argument -> arguments.add(type(argument, env)));
        call.getTypeArguments().ifPresent(typeArguments -> typeArguments.forEach(types::resolve));
        if (call.getScope().isEmpty()) {
            return unscopedCall(call, name, arguments, env);
        }
        Typed scope = type(call.getScope().get(), env);
        return switch (scope.kind()) {
            case ENGINE -> !allowList.allowsEngineCall(name)
                    ? refuse(call, "'" + scope.name() + "." + name + "(...)' is not allowed in rules: of the engine, rules may use "
                    + "getRule() (its name and metadata) and insert, update and delete")
                    : "getRule".equals(name) ? Typed.value(org.kie.api.definition.rule.Rule.class) : Typed.value(Object.class);
            case TYPE -> report(call, members.method(scope.type(), name, arguments, true));
            case VALUE -> scope.type().isPrimitive() ? unresolved(call, "'" + name + "(...)' cannot be called on a number or yes/no value")
                    : report(call, members.method(scope.type(), name, arguments, false));
            case PACKAGE -> scope.name().contains(".") || Character.isUpperCase(scope.name().charAt(0))
                    ? refuse(call, "'" + scope.name() + "' is not allowed in rules: it is not on the allow-list")
                    : unresolved(call, "unknown name '" + scope.name() + "'");
            case NULL -> unresolved(call, "'" + name + "(...)' is called on null");
            default -> Typed.UNKNOWN;
        };
    }

    private Typed unscopedCall(MethodCallExpr call, String name, List<Typed> arguments, Env env) {
        if (env.functions().containsKey(name)) {
            Env.Function function = env.functions().get(name);
            return function.parameters() == arguments.size() ? Typed.value(function.returns())
                    : unresolved(call, "the function '" + name + "' takes " + function.parameters() + " values");
        }
        if (env.self() != null) {
            return report(call, members.method(env.self(), name, arguments, false));
        }
        if (env.consequence() && FACT_OPERATIONS.contains(name)) {
            return Typed.value(Object.class);
        }
        return unresolved(call, "unknown function '" + name + "': rules may call insert, update and delete, "
                + "the functions of their own file and the methods of the facts");
    }

    private Typed creation(ObjectCreationExpr creation, Env env) {
        if (creation.getAnonymousClassBody().isPresent() || creation.getScope().isPresent()) {
            return refuse(creation, "classes cannot be declared in rules ('new " + creation.getTypeAsString() + "() { ... }')");
        }
        List<Typed> arguments = new ArrayList<>();
        creation.getArguments().forEach(argument -> arguments.add(type(argument, env)));
        Class<?> type = types.resolve(creation.getType());
        return type == null ? Typed.UNKNOWN : report(creation, members.constructor(type, arguments));
    }

    /** Rules may assign their own local variables, nothing else. */
    private void assignable(Expression target, Env env) {
        boolean local = target instanceof NameExpr name && env.variables().containsKey(name.getNameAsString()) && env.self() == null;
        if (!local) {
            refuse(target, "rules may only assign their own local variables, not '" + Snippet.print(target) + "'");
        }
    }

    private Typed report(Node at, Members.Lookup lookup) {
        if (lookup.problem() != null) {
            reporter.problem(at, lookup.problem(), lookup.forbidden());
        }
        return lookup.result();
    }

    Typed refuse(Node at, String message) {
        reporter.problem(at, message, true);
        return Typed.UNKNOWN;
    }

    private Typed unresolved(Node at, String message) {
        reporter.problem(at, message, false);
        return Typed.UNKNOWN;
    }
}
