package app.clientfit.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.kie.api.KieBase;

import app.clientfit.rules.problem.RuleProblem;
import app.clientfit.rules.sandbox.CodeOrigins;
import app.clientfit.rules.sandbox.GeneratedCodeCheck;

/**
 * Runs the check of what the engine generated on a freshly built rule base, and says each problem at the
 * rule, function or declared type it came from, as the coach finds it: sheet and row, or line.
 */
final class GeneratedCodeProblems {

    private static final GeneratedCodeCheck CHECK = new GeneratedCodeCheck();

    private GeneratedCodeProblems() {
    }

    /** @param parsed each unit as already parsed (every unit of a built rule base could be read) */
    static List<RuleProblem> of(KieBase kieBase, List<RuleUnit> units, Function<RuleUnit, PackageDescr> parsed) {
        Map<String, CodeOrigins.Place> places = new HashMap<>();
        for (RuleUnit unit : units) {
            PackageDescr descr = parsed.apply(unit);
            if (descr == null) {
                continue;
            }
            for (RuleDescr rule : descr.getRules()) {
                places.putIfAbsent(key(CodeOrigins.Kind.RULE, descr.getName(), rule.getName()), place(unit, rule));
            }
            for (FunctionDescr function : descr.getFunctions()) {
                places.putIfAbsent(key(CodeOrigins.Kind.FUNCTION, descr.getName(), function.getName()), place(unit, function));
            }
            for (TypeDeclarationDescr type : descr.getTypeDeclarations()) {
                places.putIfAbsent(key(CodeOrigins.Kind.TYPE, descr.getName(), type.getTypeName()), place(unit, type));
            }
        }
        return CHECK.check(kieBase, (kind, packageName, name) -> places.get(key(kind, packageName, name)));
    }

    private static CodeOrigins.Place place(RuleUnit unit, BaseDescr descr) {
        return new CodeOrigins.Place(unit.file().source(), unit.locate(descr.getLine(), -1));
    }

    private static String key(CodeOrigins.Kind kind, String packageName, String name) {
        return kind + "\n" + packageName + "\n" + name;
    }
}
