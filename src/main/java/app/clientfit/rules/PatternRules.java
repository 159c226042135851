package app.clientfit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The rules whose conditions test a text against a regular expression ({@code matches}). When a run is
 * stopped while no rule was firing, such a condition is the likely cause, and these rules are named.
 */
final class PatternRules {

    private static final Pattern MATCHES = Pattern.compile("\\bmatches\\b");

    private PatternRules() {
    }

    static List<RuleDefinition> of(Map<RuleUnit, PackageDescr> parsed, List<RuleDefinition> definitions) {
        List<RuleDefinition> found = new ArrayList<>();
        parsed.values().stream().filter(java.util.Objects::nonNull).forEach(unit -> {
            for (RuleDescr rule : unit.getRules()) {
                if (usesPattern(rule.getLhs())) {
                    definitions.stream().filter(d -> d.name().equals(rule.getName()) && d.packageName().equals(unit.getName()))
                            .findFirst().ifPresent(found::add);
                }
            }
        });
        return found;
    }

    private static boolean usesPattern(BaseDescr descr) {
        if (descr instanceof ExprConstraintDescr constraint) {
            return MATCHES.matcher(constraint.getExpression()).find();
        }
        if (descr instanceof PatternDescr pattern) {
            return pattern.getDescrs().stream().anyMatch(child -> usesPattern((BaseDescr) child))
                    || pattern.getSource() != null && usesPattern(pattern.getSource());
        }
        if (descr instanceof AccumulateDescr accumulate) {
            return usesPattern(accumulate.getInput());
        }
        if (descr instanceof CollectDescr collect) {
            return usesPattern(collect.getInputPattern());
        }
        if (descr instanceof ConditionalElementDescr element) {
            return element.getDescrs().stream().anyMatch(child -> usesPattern((BaseDescr) child));
        }
        return false;
    }
}
