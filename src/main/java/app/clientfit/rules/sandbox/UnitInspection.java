package app.clientfit.rules.sandbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/** The checks of one parsed unit, from its package and imports down to each rule's consequence. */
final class UnitInspection {

    /** Packages whose classes the rules must never join: the platform, the engine, ClientFit itself. */
    private static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun", "org.drools",
            "org.kie", "org.mvel2", "org.springframework", "app.clientfit");

    private final PackageDescr unit;
    private final CodeChecks code;
    private final ConsequenceText consequences;

    UnitInspection(PackageDescr unit, String drl, CodeChecks code) {
        this.unit = unit;
        this.code = code;
        this.consequences = new ConsequenceText(drl);
    }

    void run() {
        packageName();
        imports();
        unit.getGlobals().forEach(global -> code.refuse(global.getLine(), global.getColumn(),
                "globals are not used in ClientFit rules: a rule reads the client and the findings, and inserts findings"));
        unit.getTypeDeclarations().forEach(type -> code.refuse(type.getLine(), type.getColumn(),
                "declared types are not used in ClientFit rules: use Client, Finding and Verdict"));
        unit.getEnumDeclarations().forEach(type -> code.refuse(type.getLine(), type.getColumn(),
                "declared types are not used in ClientFit rules: use Client, Finding and Verdict"));
        unit.getWindowDeclarations().forEach(window -> code.refuse(window.getLine(), window.getColumn(),
                "window declarations are not supported in rules"));
        FunctionChecks functions = new FunctionChecks(code, consequences);
        Env base = Env.of(functions.signatures(unit.getFunctions()));
        unit.getAttributes().forEach(attribute -> attribute(attribute, base));
        functions.check(unit.getFunctions(), base);
        unit.getRules().forEach(rule -> rule(rule, base));
    }

    private void packageName() {
        String name = unit.getNamespace() == null ? "" : unit.getNamespace();
        if (RESERVED_PACKAGES.stream().anyMatch(reserved -> name.equals(reserved) || name.startsWith(reserved + "."))) {
            code.refuse(Math.max(1, unit.getLine()), 0, "the package '" + name + "' is reserved; name the rules' package after "
                    + "your rulebook, as in 'package clientfit.rules;'");
        }
    }

    private void imports() {
        for (ImportDescr imported : unit.getImports()) {
            String target = imported.getTarget();
            boolean allowed = target.endsWith(".*") ? target.equals(RuleAllowList.FACTS_PACKAGE + ".*")
                    : code.allowList().type(target) != null;
            if (!allowed) {
                code.refuse(imported.getLine(), imported.getColumn(), "import of '" + target + "' is not allowed: it is not on the allow-list; "
                        + "rules may import " + RuleAllowList.FACTS_PACKAGE + ".* and the text, number and collection types listed there");
            }
        }
        unit.getFunctionImports().forEach(imported -> code.refuse(imported.getLine(), imported.getColumn(),
                "import function '" + imported.getTarget() + "' is not allowed: call it with its type, as in Math.max(a, b)"));
        unit.getAccumulateImports().forEach(imported -> code.refuse(imported.getLine(), imported.getColumn(),
                "import accumulate '" + imported.getTarget() + "' is not allowed: rules use the built-in accumulate functions"));
    }

    private void rule(RuleDescr rule, Env base) {
        ConditionWalker conditions = new ConditionWalker(code, rule.getLine());
        Env env = base;
        if (rule instanceof QueryDescr query) {
            Map<String, Class<?>> parameters = new HashMap<>();
            for (String parameter : query.getParameters()) {
                parameters.put(parameter, Object.class);
            }
            env = base.withVariables(parameters);
        }
        code.annotations(rule);
        conditions.walk(rule.getLhs(), env);
        Env withBindings = env.withVariables(conditions.bindings());
        rule.getAttributes().values().forEach(attribute -> attribute(attribute, withBindings));
        if (rule.getConsequence() != null) {
            consequences.check(String.valueOf(rule.getConsequence()), rule.getConsequenceLine(), code, withBindings.inConsequence());
        }
        rule.getNamedConsequences().values().forEach(named -> consequences.check(String.valueOf(named), rule.getLine(), code,
                withBindings.inConsequence()));
    }

    /** Attributes whose values are code: the dialect, a dynamic salience or enabled, timers. */
    private void attribute(AttributeDescr attribute, Env env) {
        String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
        switch (attribute.getName()) {
            case "dialect" -> {
                if (!"java".equals(value.replace("\"", ""))) {
                    code.refuse(attribute.getLine(), attribute.getColumn(), "only the java dialect is allowed in rules, not " + value);
                }
            }
            case "salience", "enabled" -> {
                if (!value.matches("-?\\d+|true|false")) {
                    code.expression(value, attribute.getLine(), attribute.getColumn(), env);
                }
            }
            case "timer", "duration", "calendars" -> code.refuse(attribute.getLine(), attribute.getColumn(),
                    "'" + attribute.getName() + "' is not used in ClientFit rules: a rule decides once, when a client is evaluated");
            default -> {
                // agenda groups, no-loop, dates and the like carry no code
            }
        }
    }
}
