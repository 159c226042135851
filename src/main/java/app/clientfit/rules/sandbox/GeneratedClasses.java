package app.clientfit.rules.sandbox;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.DialectRuntimeData;
import org.drools.base.rule.Function;
import org.drools.base.rule.TypeDeclaration;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.mvel.asm.InvokerDataProvider;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The class files the classic engine generated for a rule base, read from where it keeps them: per
 * package, the java dialect's store (rule classes with consequences, eval, accumulate and return-value
 * code, their invokers, functions, anonymous and nested classes); and the project class loader's store
 * (declared types, functions again). Also which of them are the engine's own invokers, and which rule,
 * function or declared type each top-level class was built for.
 *
 * @param classes  class file by internal name ({@code clientfit/rules/Rule_Late_payer123})
 * @param invokers the engine's invoker classes: it generated them from its templates and wires them itself
 * @param origins  what each top-level class stands for
 * @param loader   resolves the types the classes use
 */
record GeneratedClasses(Map<String, byte[]> classes, Set<String> invokers, Origins origins, ClassLoader loader) {

    private static final String JAVA = "java";
    private static final String CLASS = ".class";

    static GeneratedClasses of(KieBase kieBase) {
        InternalRuleBase base = (InternalRuleBase) kieBase;
        Map<String, byte[]> classes = new LinkedHashMap<>();
        Set<String> invokers = new HashSet<>();
        Origins origins = new Origins();
        for (KiePackage kiePackage : base.getKiePackages()) {
            InternalKnowledgePackage pkg = (InternalKnowledgePackage) kiePackage;
            DialectRuntimeData data = pkg.getDialectRuntimeRegistry().getDialectData(JAVA);
            if (data instanceof JavaDialectRuntimeData java) {
                addAll(classes, java.getStore());
                invokers.addAll(invokerNames(java));
            } else if (data != null) {
                throw new IllegalStateException("the java dialect of package " + pkg.getName() + " keeps its classes elsewhere");
            }
            readOrigins(pkg, origins);
        }
        if (base.getRootClassLoader() instanceof ProjectClassLoader project && project.getStore() != null) {
            addAll(classes, project.getStore());
        }
        return new GeneratedClasses(classes, Set.copyOf(invokers), origins, base.getRootClassLoader());
    }

    private static void readOrigins(InternalKnowledgePackage pkg, Origins origins) {
        for (Rule rule : pkg.getRules()) {
            origins.rule(pkg.getName(), rule.getName());
            if (((RuleImpl) rule).getConsequence() instanceof InvokerDataProvider invoker) {
                origins.ruleClass(internal(pkg.getName() + "." + invoker.getRuleClassName()), pkg.getName(), rule.getName());
            }
        }
        for (Function function : pkg.getFunctions().values()) {
            origins.add(internal(function.getClassName()), new Origins.Origin(CodeOrigins.Kind.FUNCTION, pkg.getName(), function.getName()));
        }
        for (TypeDeclaration type : pkg.getTypeDeclarations().values()) {
            origins.add(internal(type.getTypeClassName()), new Origins.Origin(CodeOrigins.Kind.TYPE, pkg.getName(), type.getTypeName()));
        }
    }

    /** A class kept in two stores (a function) must be the same class in both: only one of them is checked. */
    private static void addAll(Map<String, byte[]> classes, Map<String, byte[]> store) {
        store.forEach((resource, bytes) -> {
            if (resource.endsWith(CLASS)) {
                String name = resource.substring(0, resource.length() - CLASS.length());
                byte[] earlier = classes.putIfAbsent(name, bytes);
                if (earlier != null && !Arrays.equals(earlier, bytes)) {
                    throw new IllegalStateException("the engine keeps two different classes named " + name);
                }
            }
        });
    }

    /**
     * The engine registers each invoker it generates so that it can wire (instantiate) it; the register has
     * no accessor. Should an engine upgrade rename it, this fails, and so does every build: the check
     * never takes a class for the engine's own without this proof.
     */
    private static Collection<String> invokerNames(JavaDialectRuntimeData java) {
        try {
            Field lookups = JavaDialectRuntimeData.class.getDeclaredField("invokerLookups");
            lookups.setAccessible(true);
            Map<?, ?> invokers = new HashMap<>((Map<?, ?>) lookups.get(java));
            return invokers.keySet().stream().map(name -> internal((String) name)).toList();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot tell the engine's invoker classes from the others", e);
        }
    }

    static String internal(String className) {
        return className.replace('.', '/');
    }
}
