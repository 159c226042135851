package app.clientfit.rules.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;

/**
 * Walks the conditions of a rule in the order the engine binds them: the facts it matches, their
 * constraints, where they come from; every variable bound on the way gets its type for what follows.
 */
final class ConditionWalker {

    /** The engine's built-in accumulate functions and the type of what each gives; custom ones would be classes loaded by name. */
    private static final Map<String, Class<?>> ACCUMULATE_FUNCTIONS = Map.of("sum", Number.class, "count", Number.class,
            "min", Number.class, "max", Number.class, "average", Number.class, "collectList", List.class,
            "collectSet", java.util.Set.class, "countDistinct", Number.class);

    private final CodeChecks code;
    private final int ruleLine;
    private final Map<String, Class<?>> bound = new LinkedHashMap<>();

    /** @param ruleLine where to report a condition the parser gave no line */
    ConditionWalker(CodeChecks code, int ruleLine) {
        this.code = code;
        this.ruleLine = ruleLine;
    }

    /** Every variable the conditions bound, with its type: the consequence may use them. */
    Map<String, Class<?>> bindings() {
        return bound;
    }

    void walk(BaseDescr descr, Env env) {
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, env);
        } else if (descr instanceof EvalDescr eval) {
            code.expression(String.valueOf(eval.getContent()), line(eval), eval.getColumn(), env.withVariables(bound));
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> walk((BaseDescr) child, env));
        } else if (descr != null) {
            code.refuse(line(descr), descr.getColumn(), "this kind of condition is not supported in rules");
        }
    }

    private void pattern(PatternDescr pattern, Env env) {
        source(pattern.getSource(), env, line(pattern));
        Class<?> type = code.typeName(pattern.getObjectType(), line(pattern), pattern.getColumn(), "a condition on facts");
        Class<?> fact = type == null ? Object.class : type;
        if (pattern.getIdentifier() != null) {
            bound.put(pattern.getIdentifier(), fact);
        }
        pattern.getDescrs().forEach(constraint -> constraint((BaseDescr) constraint, env, fact));
        code.annotations(pattern);
    }

    private void constraint(BaseDescr descr, Env env, Class<?> fact) {
        if (descr instanceof ExprConstraintDescr constraint) {
            Typed typed = code.constraint(constraint.getExpression(), line(constraint), constraint.getColumn(),
                    env.withVariables(bound).constraintOf(fact));
            String binding = bindingOf(constraint.getExpression());
            if (binding != null) {
                bound.put(binding, typed.isValue() ? typed.type() : Object.class);
            }
        } else if (descr instanceof BindingDescr binding) {
            Typed typed = code.constraint(binding.getExpression(), line(binding), binding.getColumn(), env.withVariables(bound).constraintOf(fact));
            bound.put(binding.getVariable(), typed.isValue() ? typed.type() : Object.class);
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> constraint((BaseDescr) child, env, fact));
        } else if (descr != null) {
            code.refuse(line(descr), descr.getColumn(), "this kind of constraint is not supported in rules");
        }
    }

    private static String bindingOf(String constraint) {
        try {
            return new Snippet(constraint, 1, 0).binding();
        } catch (Snippet.Unparseable e) {
            return null; // reported when the constraint itself is checked
        }
    }

    private void source(PatternSourceDescr source, Env env, int patternLine) {
        if (source == null || source instanceof EntryPointDescr) {
            return;
        }
        if (source instanceof FromDescr from) {
            code.expression(from.getExpression(), from.getLine() > 0 ? from.getLine() : patternLine, from.getColumn(), env.withVariables(bound));
        } else if (source instanceof CollectDescr collect) {
            walk(collect.getInputPattern(), env);
        } else if (source instanceof AccumulateDescr accumulate) {
            accumulate(accumulate, env);
        } else {
            code.refuse(line(source), source.getColumn(), "this kind of 'from' is not supported in rules");
        }
    }

    private void accumulate(AccumulateDescr accumulate, Env env) {
        int line = line(accumulate);
        walk(accumulate.getInput(), env);
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            Class<?> gives = ACCUMULATE_FUNCTIONS.get(function.getFunction());
            if (gives == null) {
                code.refuse(line, accumulate.getColumn(), "the accumulate function '" + function.getFunction() + "' is not allowed; use one of "
                        + String.join(", ", ACCUMULATE_FUNCTIONS.keySet().stream().sorted().toList()));
            }
            for (String parameter : function.getParams()) {
                code.expression(parameter, line, accumulate.getColumn(), env.withVariables(bound));
            }
            if (function.getBind() != null) {
                bound.put(function.getBind(), gives == null ? Object.class : gives);
            }
        }
        Env inline = env.withVariables(bound);
        for (String block : new String[] {accumulate.getInitCode(), accumulate.getActionCode(), accumulate.getReverseCode()}) {
            if (block != null && !block.isBlank()) {
                code.block(block, line, accumulate.getColumn(), inline);
            }
        }
        if (accumulate.getResultCode() != null && !accumulate.getResultCode().isBlank()) {
            code.expression(accumulate.getResultCode(), line, accumulate.getColumn(), inline);
        }
    }

    private int line(BaseDescr descr) {
        return descr.getLine() > 0 ? descr.getLine() : ruleLine;
    }
}
