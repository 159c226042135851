package app.clientfit.rules.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Decides whether generated code may reach a type or member named in a class file: a generated class of
 * the same candidate, what the allow-list allows (on the owner or a type above it), or the engine's glue.
 * Owners are resolved with the candidate's class loader without initialising anything.
 */
final class MemberRules {

    private static final String OBJECT = "java/lang/Object";
    private static final String CONSTRUCTOR = "<init>";

    private final RuleAllowList allowList;
    private final EngineGlue glue;
    private final CandidateClasses candidates;
    private final ClassLoader loader;
    private final Map<String, Optional<Class<?>>> resolved = new HashMap<>();

    MemberRules(RuleAllowList allowList, EngineGlue glue, CandidateClasses candidates, ClassLoader loader) {
        this.allowList = allowList;
        this.glue = glue;
        this.candidates = candidates;
        this.loader = loader;
    }

    /** @param type an internal name, or an array descriptor; an array is allowed when its elements are */
    boolean allowsType(String type, boolean inInvoker) {
        if (type.startsWith("[")) {
            Type element = Type.getType(type).getElementType();
            return element.getSort() != Type.OBJECT || allowsType(element.getInternalName(), inInvoker);
        }
        if (candidates.contains(type) || glue.allowsType(type, inInvoker)) {
            return true;
        }
        Class<?> resolvedType = resolve(type);
        return resolvedType != null && allowList.allowsType(resolvedType);
    }

    /** A cast may also name the engine handle's type: the consequence's first line makes {@code drools} of its context. */
    boolean allowsCast(String type, boolean inInvoker) {
        return glue.isHandle(type) || allowsType(type, inInvoker);
    }

    boolean allowsMethod(String owner, String name, String descriptor, boolean inInvoker) {
        if (owner.startsWith("[")) {
            owner = OBJECT; // an array has the members of Object, and clone
        }
        if (!candidates.contains(owner)) {
            return allowsOutsideMethod(owner, name, descriptor, inInvoker);
        }
        if (candidates.declares(owner, name + descriptor, false)) {
            return true;
        }
        return !CONSTRUCTOR.equals(name) && candidates.outsideAncestors(owner).stream()
                .anyMatch(ancestor -> allowsOutsideMethod(ancestor, name, descriptor, inInvoker));
    }

    /**
     * A static field of generated code would carry values from one evaluation to the next (one client's data
     * into another's findings); the engine's templates use none, and javac only for what is refused anyway.
     */
    boolean allowsField(int opcode, String owner, String name, String descriptor, boolean inInvoker) {
        if (!candidates.contains(owner)) {
            return allowsOutsideField(opcode, owner, name, descriptor, inInvoker);
        }
        if (candidates.declaresStatic(owner, name)) {
            return false;
        }
        return candidates.declares(owner, name, true) || candidates.outsideAncestors(owner).stream()
                .anyMatch(ancestor -> allowsOutsideField(opcode, ancestor, name, descriptor, inInvoker));
    }

    boolean isGenerated(String owner) {
        return candidates.contains(owner);
    }

    private boolean allowsOutsideMethod(String owner, String name, String descriptor, boolean inInvoker) {
        if (glue.allows(owner, name + descriptor, inInvoker) || glue.isHandle(owner) && allowList.allowsEngineCall(name)) {
            return true;
        }
        Class<?> type = resolve(owner);
        if (type == null) {
            return false;
        }
        if (!CONSTRUCTOR.equals(name)) {
            return allowList.allowsMethod(type, name);
        }
        Type[] arguments = Type.getArgumentTypes(descriptor);
        Class<?>[] parameters = new Class<?>[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            parameters[i] = resolve(arguments[i]);
            if (parameters[i] == null) {
                return false;
            }
        }
        return allowList.allowsConstructor(type, parameters);
    }

    /** Only constants can be read from outside types, and nothing written; the engine's glue names its own fields. */
    private boolean allowsOutsideField(int opcode, String owner, String name, String descriptor, boolean inInvoker) {
        if (glue.allows(owner, name + ":" + descriptor, inInvoker)) {
            return true;
        }
        Class<?> type = opcode == Opcodes.GETSTATIC ? resolve(owner) : null;
        return type != null && allowList.allowsConstant(type, name);
    }

    private Class<?> resolve(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> boolean.class;
            case Type.BYTE -> byte.class;
            case Type.CHAR -> char.class;
            case Type.SHORT -> short.class;
            case Type.INT -> int.class;
            case Type.LONG -> long.class;
            case Type.FLOAT -> float.class;
            case Type.DOUBLE -> double.class;
            default -> resolve(type.getInternalName());
        };
    }

    /** The type of an internal name or array descriptor; null when the candidate's class loader does not know it. */
    Class<?> resolve(String internalName) {
        return resolved.computeIfAbsent(internalName, name -> {
            try {
                return Optional.of(Class.forName(name.replace('/', '.'), false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}
