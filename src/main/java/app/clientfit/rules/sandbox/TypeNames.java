package app.clientfit.rules.sandbox;

import java.util.Map;

import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VoidType;

/** The class a type written in rule code stands for: a primitive, or a type of the allow-list. */
final class TypeNames {

    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "byte", byte.class,
            "short", short.class, "char", char.class, "int", int.class, "long", long.class, "float", float.class,
            "double", double.class, "void", void.class);

    private final RuleAllowList allowList;
    private final Problems problems;

    TypeNames(RuleAllowList allowList, Problems problems) {
        this.allowList = allowList;
        this.problems = problems;
    }

    /** Where the check reports what it refuses or cannot resolve. */
    interface Problems {
        void refuse(com.github.javaparser.ast.Node at, String message);
    }

    /** The class, or null when the type is refused (reported). Generic arguments are checked too. */
    Class<?> resolve(Type type) {
        if (type instanceof PrimitiveType || type instanceof VoidType) {
            return PRIMITIVES.get(type.asString());
        }
        if (type instanceof ClassOrInterfaceType named) {
            named.getTypeArguments().ifPresent(arguments -> arguments.forEach(this::resolve));
            Class<?> found = byName(named.getNameWithScope());
            if (found == null) {
                problems.refuse(type, notAllowed(named.getNameWithScope()));
            }
            return found;
        }
        problems.refuse(type, "the type '" + type.asString() + "' is not allowed in rules (arrays and wildcards are not used in rules)");
        return null;
    }

    /** A type of the allow-list by a simple, nested or qualified name, or a primitive; null when not listed. */
    Class<?> byName(String name) {
        String bare = name.replaceAll("<.*>", "").strip();
        Class<?> primitive = PRIMITIVES.get(bare);
        return primitive != null ? primitive : allowList.type(bare);
    }

    static String notAllowed(String name) {
        return "the type '" + name + "' is not allowed in rules: it is not on the allow-list";
    }
}
