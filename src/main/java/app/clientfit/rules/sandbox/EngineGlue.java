package app.clientfit.rules.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.Type;

/**
 * What the code the engine generates around rules may use besides the allow-list, read from the
 * {@code generated}, {@code invoker} and {@code handle} lines of {@code rules/allow-list.txt}. Only the
 * check of the generated classes reads these lines: rule text that names any of it is refused before
 * the engine sees it. Members are matched by name and JVM descriptor, so that each entry allows the one
 * member the engine's templates use and no overload of it.
 */
final class EngineGlue {

    private static final String GENERATED = "generated ";
    private static final String INVOKER = "invoker ";
    private static final String HANDLE = "handle ";
    /** The type itself: casts, instanceof, super types, arrays. */
    private static final String TYPE = "-";

    private static final EngineGlue STANDARD = read();

    /** By internal type name: the members any generated class may use, and those only the engine's invokers may. */
    private final Map<String, Set<String>> generated;
    private final Map<String, Set<String>> invoker;
    private final Set<String> handles;

    private EngineGlue(Map<String, Set<String>> generated, Map<String, Set<String>> invoker, Set<String> handles) {
        this.generated = generated;
        this.invoker = invoker;
        this.handles = handles;
    }

    static EngineGlue standard() {
        return STANDARD;
    }

    static boolean isGlueLine(String line) {
        return line.startsWith(GENERATED) || line.startsWith(INVOKER) || line.startsWith(HANDLE);
    }

    boolean allowsType(String owner, boolean inInvoker) {
        return allows(owner, TYPE, inInvoker);
    }

    /** @param member {@code name(descriptor)result} for a method or constructor, {@code NAME:descriptor} for a field */
    boolean allows(String owner, String member, boolean inInvoker) {
        return generated.getOrDefault(owner, Set.of()).contains(member)
                || inInvoker && invoker.getOrDefault(owner, Set.of()).contains(member);
    }

    /** A type the engine handle ({@code drools}, {@code kcontext}) has in generated code. */
    boolean isHandle(String owner) {
        return handles.contains(owner);
    }

    private static EngineGlue read() {
        try (InputStream in = EngineGlue.class.getResourceAsStream(RuleAllowList.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the allow-list " + RuleAllowList.RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EngineGlue parse(String text) {
        Map<String, Set<String>> generated = new HashMap<>();
        Map<String, Set<String>> invoker = new HashMap<>();
        Set<String> handles = new HashSet<>();
        for (String line : text.lines().map(String::strip).filter(EngineGlue::isGlueLine).toList()) {
            if (line.startsWith(HANDLE)) {
                handles.add(internalName(load(line.substring(HANDLE.length()).strip())));
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException("allow-list line without '=': " + line);
            }
            boolean forInvokers = line.startsWith(INVOKER);
            Class<?> type = load(line.substring((forInvokers ? INVOKER : GENERATED).length(), equals).strip());
            Set<String> members = (forInvokers ? invoker : generated).computeIfAbsent(internalName(type), key -> new HashSet<>());
            for (String member : line.substring(equals + 1).strip().split("\\s+")) {
                members.add(verified(type, member));
            }
        }
        generated.replaceAll((type, names) -> Set.copyOf(names));
        invoker.replaceAll((type, names) -> Set.copyOf(names));
        return new EngineGlue(Map.copyOf(generated), Map.copyOf(invoker), Set.copyOf(handles));
    }

    /** An entry that names nothing (a typo, or an engine upgrade that changed its glue) stops the service at start. */
    private static String verified(Class<?> type, String member) {
        boolean exists = TYPE.equals(member) || RuleAllowList.above(type).stream().anyMatch(owner -> declares(owner, member));
        if (!exists) {
            throw new IllegalStateException("the allow-list names a member that does not exist: " + type.getName() + " " + member);
        }
        return member;
    }

    private static boolean declares(Class<?> owner, String member) {
        return Arrays.stream(owner.getDeclaredMethods()).map(EngineGlue::describe).anyMatch(member::equals)
                || Arrays.stream(owner.getDeclaredConstructors()).map(EngineGlue::describe).anyMatch(member::equals)
                || Arrays.stream(owner.getDeclaredFields()).map(EngineGlue::describe).anyMatch(member::equals);
    }

    private static String describe(Method method) {
        return method.getName() + Type.getMethodDescriptor(method);
    }

    private static String describe(Constructor<?> constructor) {
        return "<init>" + Type.getConstructorDescriptor(constructor);
    }

    private static String describe(Field field) {
        return field.getName() + ":" + Type.getDescriptor(field.getType());
    }

    private static String internalName(Class<?> type) {
        return Type.getInternalName(type);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EngineGlue.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the allow-list names a type that does not exist: " + name, e);
        }
    }
}
