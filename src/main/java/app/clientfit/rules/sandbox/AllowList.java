package app.clientfit.rules.sandbox;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.clientfit.facts.Client;
import app.clientfit.facts.Finding;
import app.clientfit.facts.ReasonTemplate;
import app.clientfit.facts.Stage;
import app.clientfit.facts.Verdict;

/**
 * What the code of a rule may name: a rulebook needs the fact classes, Math, text, numbers and
 * collections to read. Everything else (System, threads, reflection, files, the network) is out.
 */
final class AllowList {

    static final String FACTS_PACKAGE = "app.clientfit.facts";

    /** Every type rule code may name, by its fully qualified name. */
    static final Map<String, Class<?>> TYPES = Stream.of(
                    Client.class, Finding.class, Verdict.class, Stage.class, ReasonTemplate.class,
                    Math.class, String.class, CharSequence.class, StringBuilder.class, Character.class, Boolean.class,
                    Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class, Number.class,
                    Object.class, Comparable.class, Iterable.class, BigDecimal.class, BigInteger.class, RoundingMode.class,
                    Collection.class, List.class, Set.class, Map.class, Map.Entry.class, Optional.class, Objects.class,
                    ArrayList.class, HashMap.class, HashSet.class, LinkedHashMap.class, LinkedHashSet.class)
            .collect(Collectors.toUnmodifiableMap(type -> type.getName().replace('$', '.'), type -> type));

    /** The same types by the name code uses for them: {@code Client}, {@code Map.Entry}. */
    static final Map<String, Class<?>> SIMPLE_NAMES = TYPES.values().stream()
            .collect(Collectors.toUnmodifiableMap(AllowList::simpleName, type -> type));

    /** Methods that lead out of a rule whatever they are called on: reflection, class loading, the engine's insides. */
    static final Set<String> FORBIDDEN_METHODS = Set.of(
            "getClass", "forName", "loadClass", "defineClass", "getClassLoader", "getContextClassLoader", "getDeclaringClass",
            "newInstance", "invoke", "invokeExact", "invokeWithArguments", "getMethod", "getMethods", "getDeclaredMethod",
            "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor",
            "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "setAccessible", "trySetAccessible",
            "describeConstable", "resolveConstantDesc", "exec", "exit", "halt", "getRuntime", "load", "loadLibrary",
            "getenv", "setProperty", "getProperties", "setSecurityManager", "addShutdownHook", "wait", "notify", "notifyAll",
            "finalize", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "getKnowledgeBase",
            "getEntryPoint", "getEntryPoints", "getChannels", "getEnvironment", "getGlobals", "getGlobal", "setGlobal",
            "getResource", "getResourceAsStream", "getInputStream", "getOutputStream", "dispose", "destroy",
            "fireAllRules", "fireUntilHalt", "getSessionClock", "getTimerService", "registerChannel", "getKieSession");

    /** Methods that change a collection: the facts' collections are read-only to rules. */
    static final Set<String> COLLECTION_MUTATORS = Set.of("put", "putAll", "putIfAbsent", "remove", "removeIf", "removeAll",
            "retainAll", "clear", "compute", "computeIfAbsent", "computeIfPresent", "merge", "addAll", "sort", "setValue");

    /** Calls a consequence makes without a receiver: changing the facts of this evaluation. */
    static final Set<String> FACT_OPERATIONS = Set.of("insert", "insertLogical", "update", "delete", "retract");

    /** What a rule may ask the engine through {@code drools} / {@code kcontext}. */
    static final Set<String> ENGINE_METHODS = Set.of("getRule", "insert", "insertLogical", "update", "delete", "retract");
    static final Set<String> RULE_METHODS = Set.of("getName", "getPackageName", "getMetaData", "getId");
    static final Set<String> ENGINE_VARIABLES = Set.of("drools", "kcontext");

    /** The engine's built-in accumulate functions; custom ones would be classes loaded by name. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "min", "max", "average",
            "collectList", "collectSet", "countDistinct");

    private static final Map<Class<?>, Set<String>> PROPERTIES = new ConcurrentHashMap<>();

    private AllowList() {
    }

    static boolean isForbiddenMethod(String name) {
        return FORBIDDEN_METHODS.contains(name);
    }

    /** A property read ({@code $c.class}, {@code drools.kieRuntime}) stands for a getter call. */
    static boolean isForbiddenProperty(String name) {
        if (name.isEmpty()) {
            return false;
        }
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return isForbiddenMethod(name) || isForbiddenMethod("get" + capitalised) || isForbiddenMethod("is" + capitalised)
                || "class".equals(name);
    }

    /** The allowed type a name in code stands for: a simple name, a nested one, or a qualified one. */
    static Class<?> type(String name) {
        Class<?> type = TYPES.get(name);
        return type != null ? type : SIMPLE_NAMES.get(name);
    }

    static boolean isAllowedImport(String target) {
        if (target.endsWith(".*")) {
            return target.equals(FACTS_PACKAGE + ".*");
        }
        return TYPES.containsKey(target);
    }

    /** The names a constraint on a fact of this type may use bare: its properties and public methods. */
    static Set<String> propertiesOf(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, AllowList::readProperties);
    }

    private static Set<String> readProperties(Class<?> type) {
        Set<String> names = new HashSet<>();
        try {
            for (PropertyDescriptor property : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
                names.add(property.getName());
            }
        } catch (IntrospectionException e) {
            return Set.of();
        }
        for (Method method : type.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers())) {
                names.add(method.getName());
            }
        }
        names.removeIf(AllowList::isForbiddenProperty);
        return Set.copyOf(names);
    }

    private static String simpleName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName() : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    static List<String> factTypeNames() {
        return List.of("Client", "Finding", "Verdict", "Stage");
    }
}
