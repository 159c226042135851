package app.clientfit.rules.sandbox;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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

/** Walks the conditions of a rule: the facts it matches, their constraints, and where they come from. */
final class ConditionWalker {

    private final CodeChecks code;
    private final Map<String, Set<String>> declaredFields;
    private final int ruleLine;

    /**
     * @param declaredFields the types the rule file declares, with their fields
     * @param ruleLine       where to report a condition the parser gave no line
     */
    ConditionWalker(CodeChecks code, Map<String, Set<String>> declaredFields, int ruleLine) {
        this.code = code;
        this.declaredFields = declaredFields;
        this.ruleLine = ruleLine;
    }

    /** Every variable the conditions bind ({@code $c : Client()}, {@code $p : points}), for the rest of the rule. */
    static Set<String> bindings(BaseDescr descr) {
        Set<String> names = new HashSet<>();
        collect(descr, names);
        return names;
    }

    private static void collect(BaseDescr descr, Set<String> names) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getIdentifier() != null) {
                names.add(pattern.getIdentifier());
            }
            names.addAll(pattern.getAllBoundIdentifiers());
            pattern.getDescrs().forEach(constraint -> collect(constraint, names));
            if (pattern.getSource() != null) {
                collect(pattern.getSource(), names);
            }
        } else if (descr instanceof BindingDescr binding) {
            names.add(binding.getVariable());
        } else if (descr instanceof ExprConstraintDescr constraint) {
            try {
                String bound = new Snippet(constraint.getExpression(), 1, 0).binding();
                if (bound != null) {
                    names.add(bound);
                }
            } catch (Snippet.Unparseable e) {
                // reported when the constraint itself is checked
            }
        } else if (descr instanceof AccumulateDescr accumulate) {
            accumulate.getFunctions().stream().filter(f -> f.getBind() != null).forEach(f -> names.add(f.getBind()));
            collect(accumulate.getInput(), names);
        } else if (descr instanceof CollectDescr collect) {
            collect(collect.getInputPattern(), names);
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collect((BaseDescr) child, names));
        }
    }

    void walk(BaseDescr descr, Scope scope) {
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, scope);
        } else if (descr instanceof EvalDescr eval) {
            code.expression(String.valueOf(eval.getContent()), line(eval), eval.getColumn(), scope);
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> walk((BaseDescr) child, scope));
        } else if (descr != null) {
            code.refuse(line(descr), descr.getColumn(), "this kind of condition is not supported in rules");
        }
    }

    private void pattern(PatternDescr pattern, Scope scope) {
        String type = pattern.getObjectType();
        Set<String> properties;
        if (AllowList.type(type) != null) {
            properties = AllowList.propertiesOf(AllowList.type(type));
        } else if (declaredFields.containsKey(type)) {
            properties = declaredFields.get(type);
        } else {
            code.refuse(line(pattern), pattern.getColumn(), "rules may match facts of the types "
                    + String.join(", ", AllowList.factTypeNames()) + " (and numbers, text and collections), not '" + type + "'");
            properties = Set.of();
        }
        Scope constraints = scope.with(Set.of(), Set.of(), properties);
        pattern.getDescrs().forEach(constraint -> constraint(constraint, constraints));
        code.annotations(pattern);
        source(pattern.getSource(), scope, line(pattern));
    }

    private void constraint(BaseDescr descr, Scope scope) {
        if (descr instanceof ExprConstraintDescr constraint) {
            code.constraint(constraint.getExpression(), line(constraint), constraint.getColumn(), scope);
        } else if (descr instanceof BindingDescr binding) {
            code.expression(binding.getExpression(), line(binding), binding.getColumn(), scope);
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> constraint((BaseDescr) child, scope));
        }
    }

    private void source(PatternSourceDescr source, Scope scope, int patternLine) {
        if (source == null || source instanceof EntryPointDescr) {
            return;
        }
        if (source instanceof FromDescr from) {
            code.expression(from.getExpression(), from.getLine() > 0 ? from.getLine() : patternLine, from.getColumn(), scope);
        } else if (source instanceof CollectDescr collect) {
            walk(collect.getInputPattern(), scope);
        } else if (source instanceof AccumulateDescr accumulate) {
            accumulate(accumulate, scope);
        } else {
            code.refuse(line(source), source.getColumn(), "this kind of 'from' is not supported in rules");
        }
    }

    private void accumulate(AccumulateDescr accumulate, Scope scope) {
        int line = line(accumulate);
        walk(accumulate.getInput(), scope);
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (!AllowList.ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                code.refuse(line, accumulate.getColumn(), "the accumulate function '" + function.getFunction() + "' is not allowed; use one of "
                        + String.join(", ", AllowList.ACCUMULATE_FUNCTIONS.stream().sorted().toList()));
            }
            for (String parameter : function.getParams()) {
                code.expression(parameter, line, accumulate.getColumn(), scope);
            }
        }
        for (String block : new String[] {accumulate.getInitCode(), accumulate.getActionCode(), accumulate.getReverseCode()}) {
            if (block != null && !block.isBlank()) {
                code.block(block, line, accumulate.getColumn(), scope);
            }
        }
        if (accumulate.getResultCode() != null && !accumulate.getResultCode().isBlank()) {
            code.expression(accumulate.getResultCode(), line, accumulate.getColumn(), scope);
        }
    }

    private int line(BaseDescr descr) {
        return descr.getLine() > 0 ? descr.getLine() : ruleLine;
    }
}
