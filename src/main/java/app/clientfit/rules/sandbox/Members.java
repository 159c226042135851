package app.clientfit.rules.sandbox;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the member a piece of rule code means by the static type it is used on, and asks the
 * allow-list whether rules may use it. A member that does not exist is a mistake the engine words
 * better (unresolved); one that exists but is not listed is refused (forbidden).
 */
final class Members {

    /** The answer: the type of the result, or why not. */
    record Lookup(Typed result, String problem, boolean forbidden) {

        static Lookup found(Typed result) {
            return new Lookup(result, null, false);
        }

        static Lookup refused(String problem) {
            return new Lookup(Typed.UNKNOWN, problem, true);
        }

        static Lookup unknown(String problem) {
            return new Lookup(Typed.UNKNOWN, problem, false);
        }
    }

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, char.class, Character.class, int.class, Integer.class, long.class, Long.class,
            float.class, Float.class, double.class, Double.class);
    private static final List<Class<?>> WIDENING = List.of(byte.class, short.class, char.class, int.class, long.class,
            float.class, double.class);

    private final RuleAllowList allowList;

    Members(RuleAllowList allowList) {
        this.allowList = allowList;
    }

    Lookup method(Class<?> owner, String name, List<Typed> arguments, boolean statically) {
        String shown = RuleAllowList.simpleName(owner) + "." + name + "(...)";
        List<Method> named = methodsOf(owner).filter(m -> m.getName().equals(name) && fits(m.getParameterCount(), m.isVarArgs(), arguments.size()))
                .filter(m -> !statically || Modifier.isStatic(m.getModifiers())).toList();
        if (named.isEmpty()) {
            return Lookup.unknown("unknown method '" + name + "' on " + RuleAllowList.simpleName(owner));
        }
        if (!allowList.allowsMethod(owner, name)) {
            return Lookup.refused("'" + shown + "' is not allowed in rules: it is not on the allow-list");
        }
        List<Method> matching = named.stream().filter(m -> accepts(m.getParameterTypes(), m.isVarArgs(), arguments)).toList();
        List<Method> chosen = matching.isEmpty() ? named : matching;
        Class<?> returns = chosen.get(0).getReturnType();
        boolean same = chosen.stream().allMatch(m -> m.getReturnType() == returns);
        return Lookup.found(Typed.value(same ? returns : Object.class));
    }

    Lookup constructor(Class<?> type, List<Typed> arguments) {
        List<Constructor<?>> sized = Arrays.stream(type.getConstructors())
                .filter(c -> fits(c.getParameterCount(), c.isVarArgs(), arguments.size())).toList();
        if (sized.isEmpty()) {
            return Lookup.unknown("no constructor of " + RuleAllowList.simpleName(type) + " takes " + arguments.size() + " values");
        }
        List<Constructor<?>> matching = sized.stream().filter(c -> accepts(c.getParameterTypes(), c.isVarArgs(), arguments)).toList();
        List<Constructor<?>> chosen = matching.isEmpty() ? sized : matching;
        if (!chosen.stream().allMatch(allowList::allowsConstructor)) {
            return Lookup.refused("'new " + RuleAllowList.simpleName(type) + "(...)' with these values is not allowed in rules: "
                    + "it is not on the allow-list");
        }
        return Lookup.found(Typed.value(type));
    }

    /** {@code Integer.MAX_VALUE}, {@code Verdict.BAD}, {@code Stage.ACTIVE}. */
    Lookup constant(Class<?> owner, String name) {
        Field field;
        try {
            field = owner.getField(name);
        } catch (NoSuchFieldException e) {
            return Lookup.unknown("unknown name '" + name + "' on " + RuleAllowList.simpleName(owner));
        }
        if (!Modifier.isStatic(field.getModifiers()) || !allowList.allowsConstant(field.getDeclaringClass(), name)) {
            return Lookup.refused("'" + RuleAllowList.simpleName(owner) + "." + name + "' is not allowed in rules: it is not on the allow-list");
        }
        return Lookup.found(Typed.value(field.getType()));
    }

    /**
     * A property read ({@code $c.name}, {@code points} in a constraint) stands for its getter; a map's
     * property for the value under that key.
     */
    Lookup property(Class<?> owner, String name) {
        if ("class".equals(name)) {
            return Lookup.refused("'." + name + "' is not allowed in rules: it leads to reflection");
        }
        if (java.util.Map.class.isAssignableFrom(owner) && allowList.allowsMethod(owner, "get")) {
            return Lookup.found(Typed.value(Object.class));
        }
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String getter : List.of("get" + capitalised, "is" + capitalised)) {
            if (methodsOf(owner).anyMatch(m -> m.getName().equals(getter) && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))) {
                Lookup lookup = method(owner, getter, List.of(), false);
                return lookup.forbidden() ? Lookup.refused("'" + name + "' (" + getter + ") of " + RuleAllowList.simpleName(owner)
                        + " is not allowed in rules: it is not on the allow-list") : lookup;
            }
        }
        if (methodsOf(owner).anyMatch(m -> m.getName().equals(name) && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))) {
            return method(owner, name, List.of(), false); // the rule language reads intValue as intValue()
        }
        return Lookup.unknown("unknown property '" + name + "' of " + RuleAllowList.simpleName(owner));
    }

    private static Stream<Method> methodsOf(Class<?> owner) {
        Stream<Method> own = Arrays.stream(owner.getMethods());
        Stream<Method> all = owner.isInterface() ? Stream.concat(own, Arrays.stream(Object.class.getMethods())) : own;
        return all.filter(m -> !m.isBridge() && !m.isSynthetic());
    }

    private static boolean fits(int parameters, boolean varArgs, int arguments) {
        return varArgs ? arguments >= parameters - 1 : arguments == parameters;
    }

    private static boolean accepts(Class<?>[] parameters, boolean varArgs, List<Typed> arguments) {
        List<Class<?>> expected = new ArrayList<>(Arrays.asList(parameters));
        if (varArgs) {
            Class<?> element = expected.remove(expected.size() - 1).getComponentType();
            while (expected.size() < arguments.size()) {
                expected.add(element);
            }
        }
        if (expected.size() != arguments.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!assignable(arguments.get(i), expected.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean assignable(Typed argument, Class<?> parameter) {
        if (argument.kind() == Typed.Kind.NULL) {
            return !parameter.isPrimitive();
        }
        if (!argument.isValue()) {
            return true; // not known: let the engine decide which overload; the allow-list already said yes by name
        }
        Class<?> from = argument.type();
        if (parameter.isAssignableFrom(from) || box(parameter).isAssignableFrom(box(from))) {
            return true;
        }
        Class<?> primitive = unbox(from);
        return primitive != null && parameter.isPrimitive() && WIDENING.indexOf(primitive) >= 0
                && WIDENING.indexOf(primitive) <= WIDENING.indexOf(parameter);
    }

    static Class<?> box(Class<?> type) {
        return BOXES.getOrDefault(type, type);
    }

    static Class<?> unbox(Class<?> type) {
        if (type.isPrimitive()) {
            return type;
        }
        return BOXES.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
