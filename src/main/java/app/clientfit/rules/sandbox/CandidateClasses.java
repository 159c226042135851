package app.clientfit.rules.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The outline of every class the engine generated for one candidate (super types, declared methods and
 * fields, source file), so that a call from one of them to another is told from a call that only passes
 * through one of them on its way to an inherited member of an outside type ({@code anonymous.getClass()}).
 */
final class CandidateClasses {

    /** @param fields the instance fields; static fields are kept apart, since generated code may not use them */
    private record Outline(String superName, List<String> interfaces, Set<String> methods, Set<String> fields, Set<String> staticFields,
                           String sourceFile) {
    }

    private final Map<String, Outline> outlines;

    private CandidateClasses(Map<String, Outline> outlines) {
        this.outlines = outlines;
    }

    static CandidateClasses read(Map<String, ClassReader> readers) {
        Map<String, Outline> outlines = new HashMap<>();
        readers.forEach((name, reader) -> {
            OutlineReader outline = new OutlineReader();
            reader.accept(outline, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
            outlines.put(name, outline.outline());
        });
        return new CandidateClasses(Map.copyOf(outlines));
    }

    boolean contains(String internalName) {
        return outlines.containsKey(internalName);
    }

    String sourceFile(String internalName) {
        Outline outline = outlines.get(internalName);
        return outline == null ? null : outline.sourceFile();
    }

    /** Whether the class or a generated class above it declares the method ({@code name(descriptor)}) or instance field ({@code name}). */
    boolean declares(String owner, String member, boolean field) {
        for (String type : candidatesAbove(owner)) {
            Outline outline = outlines.get(type);
            if ((field ? outline.fields() : outline.methods()).contains(member)) {
                return true;
            }
        }
        return false;
    }

    boolean declaresStatic(String owner, String field) {
        return candidatesAbove(owner).stream().anyMatch(type -> outlines.get(type).staticFields().contains(field));
    }

    /** The outside types right above the generated ones from {@code owner} up: where an inherited member comes from. */
    List<String> outsideAncestors(String owner) {
        List<String> outside = new ArrayList<>();
        for (String type : candidatesAbove(owner)) {
            Outline outline = outlines.get(type);
            List<String> supers = new ArrayList<>(outline.interfaces());
            if (outline.superName() != null) {
                supers.add(0, outline.superName());
            }
            supers.stream().filter(name -> !contains(name) && !outside.contains(name)).forEach(outside::add);
        }
        return outside;
    }

    private List<String> candidatesAbove(String owner) {
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(owner));
        while (!next.isEmpty()) {
            String type = next.poll();
            Outline outline = outlines.get(type);
            if (outline != null && seen.add(type)) {
                found.add(type);
                if (outline.superName() != null) {
                    next.add(outline.superName());
                }
                next.addAll(outline.interfaces());
            }
        }
        return found;
    }

    private static final class OutlineReader extends ClassVisitor {

        private String superName;
        private List<String> interfaces = List.of();
        private final Set<String> methods = new HashSet<>();
        private final Set<String> fields = new HashSet<>();
        private final Set<String> staticFields = new HashSet<>();
        private String sourceFile;

        OutlineReader() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.superName = superName;
            this.interfaces = interfaces == null ? List.of() : List.of(interfaces);
        }

        @Override
        public void visitSource(String source, String debug) {
            this.sourceFile = source;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            ((access & Opcodes.ACC_STATIC) != 0 ? staticFields : fields).add(name);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            methods.add(name + descriptor);
            return null;
        }

        Outline outline() {
            return new Outline(superName, interfaces, Set.copyOf(methods), Set.copyOf(fields), Set.copyOf(staticFields), sourceFile);
        }
    }
}
