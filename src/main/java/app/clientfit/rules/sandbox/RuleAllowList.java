package app.clientfit.rules.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What rule code may use, read from {@code rules/allow-list.txt} on the class path: the types, and on
 * each type the methods, constructors and constants. The source check and the check of the generated
 * classes both decide with it, so a member is allowed in one place only.
 */
final class RuleAllowList {

    static final String RESOURCE = "/rules/allow-list.txt";
    /** The line of the engine handle: what a consequence may call on {@code drools} / {@code kcontext}. */
    static final String ENGINE = "drools";
    static final String FACTS_PACKAGE = "app.clientfit.facts";

    private static final RuleAllowList STANDARD = read();

    private final Map<Class<?>, Set<String>> members;
    private final Map<String, Class<?>> typesByName;
    private final Set<String> engineMembers;

    private RuleAllowList(Map<Class<?>, Set<String>> members, Set<String> engineMembers) {
        this.members = members;
        this.engineMembers = engineMembers;
        this.typesByName = new HashMap<>();
        for (Class<?> type : members.keySet()) {
            typesByName.put(type.getName().replace('$', '.'), type);
            typesByName.put(simpleName(type), type);
        }
    }

    public static RuleAllowList standard() {
        return STANDARD;
    }

    /** An allowed type by the name code uses for it: {@code String}, {@code Map.Entry}, {@code java.util.Map.Entry}. */
    Class<?> type(String name) {
        return typesByName.get(name);
    }

    public boolean allowsType(Class<?> type) {
        return members.containsKey(type);
    }

    /** A method of this name on the type or on a type above it: every overload of the name is allowed. */
    public boolean allowsMethod(Class<?> receiver, String name) {
        return above(receiver).stream().anyMatch(type -> members.getOrDefault(type, Set.of()).contains(name));
    }

    /** A constant (static field) of the type. */
    public boolean allowsConstant(Class<?> owner, String name) {
        return members.getOrDefault(owner, Set.of()).contains(name);
    }

    public boolean allowsConstructor(Class<?> type, Class<?>[] parameters) {
        return members.getOrDefault(type, Set.of()).contains(constructor(parameters));
    }

    boolean allowsConstructor(Constructor<?> constructor) {
        return allowsConstructor(constructor.getDeclaringClass(), constructor.getParameterTypes());
    }

    /** What a consequence may call on the engine handle. */
    public boolean allowsEngineCall(String name) {
        return engineMembers.contains(name);
    }

    /** The type and every class and interface above it, nearest first. */
    static List<Class<?>> above(Class<?> type) {
        Set<Class<?>> seen = new java.util.LinkedHashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>();
        next.add(type);
        while (!next.isEmpty()) {
            Class<?> current = next.poll();
            if (seen.add(current)) {
                if (current.getSuperclass() != null) { // Object and interfaces have none; the deque takes no null
                    next.add(current.getSuperclass());
                }
                next.addAll(Arrays.asList(current.getInterfaces()));
            }
        }
        if (type.isInterface()) {
            seen.add(Object.class);
        }
        return List.copyOf(seen);
    }

    static String constructor(Class<?>[] parameters) {
        return Arrays.stream(parameters).map(Class::getName).collect(Collectors.joining(",", "new(", ")"));
    }

    static String simpleName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName() : simpleName(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    private static RuleAllowList read() {
        try (InputStream in = RuleAllowList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the allow-list " + RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleAllowList parse(String text) {
        Map<Class<?>, Set<String>> members = new LinkedHashMap<>();
        Set<String> engine = new HashSet<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#") || EngineGlue.isGlueLine(line)) {
                continue; // the engine's glue is for the check of the generated classes only
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException("allow-list line without '=': " + line);
            }
            String typeName = line.substring(0, equals).strip();
            Set<String> names = Arrays.stream(line.substring(equals + 1).strip().split("\\s+"))
                    .filter(name -> !name.isEmpty() && !"-".equals(name)).collect(Collectors.toSet());
            if (ENGINE.equals(typeName)) {
                engine.addAll(names);
            } else {
                members.computeIfAbsent(load(typeName), key -> new HashSet<>()).addAll(names);
            }
        }
        members.replaceAll((type, names) -> Set.copyOf(names));
        return new RuleAllowList(Map.copyOf(members), Set.copyOf(engine));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RuleAllowList.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the allow-list names a type that does not exist: " + name, e);
        }
    }
}
