package app.clientfit.rules.sandbox;

import java.util.LinkedHashSet;
import java.util.Set;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads one generated class and names everything in it that reaches a type or member rules may not use:
 * its super types, and every instruction that leads to another type. Says nothing of the instructions
 * that stay inside the method (arithmetic, locals, jumps, returns).
 */
final class ClassCheck extends ClassVisitor {

    private static final String STRING_CONCAT = "java/lang/invoke/StringConcatFactory";
    private static final String LAMBDA = "java/lang/invoke/LambdaMetafactory";

    private final MemberRules rules;
    private final boolean invoker;
    private final Set<String> refused = new LinkedHashSet<>();

    /** @param invoker whether the class is one of the engine's own invokers, which may use the invoker glue too */
    ClassCheck(MemberRules rules, boolean invoker) {
        super(Opcodes.ASM9);
        this.rules = rules;
        this.invoker = invoker;
    }

    /** What the class uses that is not allowed, each said once: {@code 'java.lang.System.exit(...)'}. */
    Set<String> refused() {
        return refused;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        if (superName != null) {
            type(superName);
        }
        for (String type : interfaces == null ? new String[0] : interfaces) {
            type(type);
        }
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return new Instructions();
    }

    private void type(String type) {
        if (!rules.allowsType(type, invoker)) {
            refused.add("the type '" + display(type) + "'");
        }
    }

    static String display(String type) {
        if (type.startsWith("[")) {
            return Type.getType(type).getClassName().replace('$', '.');
        }
        return type.replace('/', '.').replace('$', '.');
    }

    private final class Instructions extends MethodVisitor {

        private boolean locks;
        private boolean anyHandler;

        Instructions() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (!rules.allowsMethod(owner, name, descriptor, invoker)) {
                refused.add("<init>".equals(name) ? "'new " + display(owner) + "(...)'" : "'" + display(owner) + "." + name + "(...)'");
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (!rules.allowsField(opcode, owner, name, descriptor, invoker)) {
                refused.add(rules.isGenerated(owner) ? "a static field (it would keep values from one evaluation to the next)"
                        : "'" + display(owner) + "." + name + "'");
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            if (opcode == Opcodes.NEW && !rules.allowsType(type, invoker)) {
                refused.add("'new " + display(type) + "(...)'");
            } else if (opcode == Opcodes.CHECKCAST && !rules.allowsCast(type, invoker)) {
                refused.add("the type '" + display(type) + "'");
            } else if (opcode == Opcodes.ANEWARRAY || opcode == Opcodes.INSTANCEOF) {
                type(type); // of an array, its element type
            }
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            type(descriptor);
        }

        // NEWARRAY: arrays of numbers and characters reach no other type. ATHROW: an exception can only be
        // thrown once it has been made or obtained, and both are checked where that happens.

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Type type && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
                type(type.getSort() == Type.OBJECT ? type.getInternalName() : type.getDescriptor()); // a class literal
            } else if (value instanceof Type || value instanceof Handle || value instanceof ConstantDynamic) {
                refused.add("a method handle or computed constant");
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            if (STRING_CONCAT.equals(bootstrap.getOwner())) {
                return; // "a" + b: the compiler's way of joining text
            }
            refused.add(LAMBDA.equals(bootstrap.getOwner()) ? "a lambda or method reference"
                    : "'" + display(bootstrap.getOwner()) + "." + bootstrap.getName() + "(...)'");
        }

        /** A lock held by rule code could block every other evaluation; only the engine's invokers take one. */
        @Override
        public void visitInsn(int opcode) {
            if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
                locks = true;
                if (!invoker) {
                    refused.add("'synchronized'");
                }
            }
        }

        /** Catching (or a finally block) would let rule code outlive what stops it: a stack overflow, an interrupted evaluation. */
        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type == null) {
                anyHandler = true;
            } else if (!invoker) {
                refused.add("catching an exception");
            } else {
                type(type);
            }
        }

        /** The handler that releases a lock is the compiler's; only one without a lock is a finally block. */
        @Override
        public void visitEnd() {
            if (anyHandler && !locks && !invoker) {
                refused.add("a 'finally' block");
            }
        }
    }
}
