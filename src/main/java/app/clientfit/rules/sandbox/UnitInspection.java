package app.clientfit.rules.sandbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;

/** The checks of one parsed unit, from its imports down to each rule's consequence. */
final class UnitInspection {

    private final PackageDescr unit;
    private final CodeChecks code;
    private final ConsequenceText consequences;
    private final Map<String, Set<String>> declaredFields = new HashMap<>();
    private final Scope base;

    UnitInspection(PackageDescr unit, String drl, CodeChecks code) {
        this.unit = unit;
        this.code = code;
        this.consequences = new ConsequenceText(drl);
        Set<String> variables = new HashSet<>(AllowList.ENGINE_VARIABLES);
        unit.getGlobals().forEach(global -> variables.add(global.getIdentifier()));
        Set<String> functions = new HashSet<>();
        unit.getFunctions().forEach(function -> functions.add(function.getName()));
        unit.getFunctionImports().forEach(imported -> functions.add(imported.getTarget().substring(imported.getTarget().lastIndexOf('.') + 1)));
        unit.getRules().stream().filter(RuleDescr::isQuery).forEach(query -> declaredFields.put(query.getName(), Set.of()));
        unit.getTypeDeclarations().forEach(type -> declaredFields.put(type.getTypeName(), type.getFields().keySet()));
        unit.getEnumDeclarations().forEach(type -> declaredFields.put(type.getTypeName(), type.getFields().keySet()));
        this.base = new Scope(variables, functions, Set.of(), declaredFields.keySet());
    }

    void run() {
        imports();
        unit.getGlobals().forEach(this::global);
        unit.getTypeDeclarations().forEach(this::type);
        unit.getEnumDeclarations().forEach(this::enumeration);
        unit.getWindowDeclarations().forEach(window -> code.refuse(window.getLine(), window.getColumn(), "window declarations are not supported in rules"));
        unit.getAttributes().forEach(attribute -> attribute(attribute, base));
        new FunctionChecks(code, consequences, base).check(unit.getFunctions());
        unit.getRules().forEach(this::rule);
    }

    private void imports() {
        for (ImportDescr imported : unit.getImports()) {
            if (!AllowList.isAllowedImport(imported.getTarget())) {
                code.refuse(imported.getLine(), imported.getColumn(), "import of '" + imported.getTarget() + "' is not allowed; rules may import "
                        + AllowList.FACTS_PACKAGE + ".* and text, number and collection classes");
            }
        }
        for (ImportDescr imported : unit.getFunctionImports()) {
            String owner = imported.getTarget().substring(0, Math.max(0, imported.getTarget().lastIndexOf('.')));
            if (!AllowList.TYPES.containsKey(owner)) {
                code.refuse(imported.getLine(), imported.getColumn(), "import function '" + imported.getTarget() + "' is not allowed");
            }
        }
        unit.getAccumulateImports().forEach(imported -> code.refuse(imported.getLine(), imported.getColumn(),
                "import accumulate '" + imported.getTarget() + "' is not allowed: rules use the built-in accumulate functions"));
    }

    private void global(GlobalDescr global) {
        code.typeName(global.getType(), global.getLine(), global.getColumn(), declaredFields.keySet(), "a global");
    }

    private void type(TypeDeclarationDescr type) {
        type.getSuperTypes().forEach(superType -> code.typeName(superType.getFullName(), type.getLine(), type.getColumn(),
                declaredFields.keySet(), "a declared type extending a type"));
        code.annotations(type);
        type.getFields().values().forEach(this::field);
    }

    private void enumeration(EnumDeclarationDescr type) {
        code.annotations(type);
        type.getFields().values().forEach(this::field);
        for (EnumLiteralDescr literal : type.getLiterals()) {
            literal.getConstructorArgs().forEach(argument -> code.expression(argument, line(literal, type), literal.getColumn(), base));
        }
    }

    private void field(TypeFieldDescr field) {
        code.typeName(field.getPattern().getObjectType(), field.getLine(), field.getColumn(), declaredFields.keySet(), "a field");
        code.annotations(field);
        if (field.getInitExpr() != null && !field.getInitExpr().isBlank()) {
            code.expression(field.getInitExpr(), field.getLine(), field.getColumn(), base);
        }
    }

    private void rule(RuleDescr rule) {
        Set<String> bound = ConditionWalker.bindings(rule.getLhs());
        if (rule instanceof QueryDescr query) {
            bound.addAll(java.util.List.of(query.getParameters()));
        }
        Scope scope = base.with(bound, Set.of(), Set.of());
        rule.getAttributes().values().forEach(attribute -> attribute(attribute, scope));
        code.annotations(rule);
        new ConditionWalker(code, declaredFields, rule.getLine()).walk(rule.getLhs(), scope);
        if (rule.getConsequence() != null) {
            consequences.check(String.valueOf(rule.getConsequence()), rule.getConsequenceLine(), code, scope);
        }
        rule.getNamedConsequences().values().forEach(named -> consequences.check(String.valueOf(named), rule.getLine(), code, scope));
    }

    /** Attributes whose values are code: the dialect, a dynamic salience or enabled, timers. */
    private void attribute(AttributeDescr attribute, Scope scope) {
        String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
        switch (attribute.getName()) {
            case "dialect" -> {
                if (!"java".equals(value.replace("\"", ""))) {
                    code.refuse(attribute.getLine(), attribute.getColumn(), "only the java dialect is allowed in rules, not " + value);
                }
            }
            case "salience", "enabled" -> {
                if (!value.matches("-?\\d+|true|false")) {
                    code.expression(value, attribute.getLine(), attribute.getColumn(), scope);
                }
            }
            case "timer", "duration", "calendars" -> code.refuse(attribute.getLine(), attribute.getColumn(),
                    "'" + attribute.getName() + "' is not used in ClientFit rules: a rule decides once, when a client is evaluated");
            default -> {
                // agenda groups, no-loop, dates and the like carry no code
            }
        }
    }

    private static int line(BaseDescr descr, BaseDescr fallback) {
        return descr.getLine() > 0 ? descr.getLine() : fallback.getLine();
    }
}
