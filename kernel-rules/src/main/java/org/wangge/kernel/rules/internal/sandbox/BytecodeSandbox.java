package org.wangge.kernel.rules.internal.sandbox;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The allow-list check on the compiled form of a rule pack. The executable model turns every constraint, {@code eval},
 * {@code from}, {@code accumulate}, consequence, {@code function}, salience and declared type into Java classes; this
 * reads the bytecode of every one of them and resolves each class, method and field it refers to (to the class that
 * declares it, through superclasses and interfaces), and refuses any not on {@link AllowList}. Text tricks (unicode
 * escapes, comments, string concatenation, decision-table cells) cannot hide a call from it: what runs is what is read.
 * Code that cannot be resolved (a class that does not exist, a dynamic bootstrap other than lambdas and string
 * concatenation, a constant-dynamic entry) is refused too.
 *
 * <p>The same pass adds a budget check ({@link Budget#tick()}) at the entry of every generated method and before every
 * backward jump, so that a loop or recursion in rule code ends when its check runs out of time.
 */
public final class BytecodeSandbox {

    private BytecodeSandbox() {
    }

    /**
     * A reference rule code may not make.
     *
     * @param className  the generated class holding it (internal name)
     * @param methodName the generated method holding it
     * @param member     what it refers to, as {@code java.lang.Runtime.exec}
     * @param simpleName the member's own name, to find it in the source ({@code exec}, or the class's simple name)
     */
    public record Refusal(String className, String methodName, String member, String simpleName) {
    }

    /**
     * @param classes          internal class name (with slashes, no {@code .class}) to bytecode, every class of the pack
     * @param projectModelName internal name of the project descriptor class Drools generated for this build
     * @param loader           the loader that resolves classes outside the pack (the kernel's)
     * @return every refused reference, at most one per member and generated method
     */
    public static List<Refusal> check(Map<String, byte[]> classes, String projectModelName, ClassLoader loader) {
        return check(classes, projectModelName, loader, false);
    }

    /**
     * The same check on classes this sandbox has already {@link #instrument instrumented} (a compiled pack kept by the
     * compiled-pack cache): the budget check it adds, {@code invokestatic Budget.tick()V}, is allowed, in exactly that
     * form only; any other reference to {@link Budget} (another member, a method handle, a field) is refused as before.
     *
     * @param classes          internal class name to bytecode, every class of the pack
     * @param projectModelName internal name of the project descriptor class of the build
     * @param loader           the loader that resolves classes outside the pack (the kernel's)
     * @return every refused reference
     */
    public static List<Refusal> checkInstrumented(Map<String, byte[]> classes, String projectModelName, ClassLoader loader) {
        return check(classes, projectModelName, loader, true);
    }

    private static List<Refusal> check(Map<String, byte[]> classes, String projectModelName, ClassLoader loader, boolean instrumented) {
        Map<String, OwnClass> own = new HashMap<>();
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            OwnClass c = OwnClass.read(e.getValue());
            own.put(c.name, c);
        }
        Resolver resolver = new Resolver(own, loader);
        Map<String, Refusal> out = new LinkedHashMap<>();
        for (OwnClass c : own.values()) {
            boolean project = c.name.equals(projectModelName);
            if (c.superName != null && !own.containsKey(c.superName) && !AllowList.type(c.superName, project)) {
                add(out, c, "<class>", c.superName, null, true);
            }
            for (String i : c.interfaces) {
                if (!own.containsKey(i) && !AllowList.type(i, project)) {
                    add(out, c, "<class>", i, null, true);
                }
            }
            for (Ref r : c.refs) {
                if (instrumented && isTick(r)) {
                    continue;
                }
                String why = resolver.refused(r, project);
                if (why != null) {
                    out.putIfAbsent(c.name + "#" + r.method + "#" + why, new Refusal(c.name, r.method, why, simpleNameOf(why)));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Whether a reference is the budget check {@link #instrument} adds: {@code invokestatic Budget.tick()V}, nothing else. */
    private static boolean isTick(Ref r) {
        return r.kind == 'M' && r.opcode == Opcodes.INVOKESTATIC && r.owner.equals(Budget.INTERNAL_NAME) && r.name.equals("tick")
                && "()V".equals(r.descriptor);
    }

    private static void add(Map<String, Refusal> out, OwnClass c, String method, String type, String unused, boolean isType) {
        String member = type.replace('/', '.');
        out.putIfAbsent(c.name + "#" + method + "#" + member, new Refusal(c.name, method, member, simpleNameOf(member)));
    }

    private static String simpleNameOf(String member) {
        String s = member;
        int paren = s.indexOf('(');
        if (paren > 0) {
            s = s.substring(0, paren);
        }
        if (s.endsWith(".<init>")) {
            s = s.substring(0, s.length() - ".<init>".length());
        }
        int cut = Math.max(s.lastIndexOf('.'), s.lastIndexOf('$'));
        return cut >= 0 ? s.substring(cut + 1) : s;
    }

    /**
     * Adds the budget check to every method of a class.
     *
     * @param bytecode the class
     * @return the class with {@link Budget#tick()} at each method entry and backward jump
     */
    public static byte[] instrument(byte[] bytecode) {
        ClassReader reader = new ClassReader(bytecode);
        ClassWriter writer = new ClassWriter(reader, 0); // a call with no arguments and no result changes no stack or frame
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                    return mv;
                }
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    private final Set<Label> seen = new HashSet<>();

                    @Override
                    public void visitCode() {
                        super.visitCode();
                        tick();
                    }

                    @Override
                    public void visitLabel(Label label) {
                        seen.add(label);
                        super.visitLabel(label);
                    }

                    @Override
                    public void visitJumpInsn(int opcode, Label label) {
                        if (seen.contains(label)) { // a backward jump: a loop
                            tick();
                        }
                        super.visitJumpInsn(opcode, label);
                    }

                    private void tick() {
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, Budget.INTERNAL_NAME, "tick", "()V", false);
                    }
                };
            }
        }, 0);
        byte[] out = writer.toByteArray();
        return out;
    }

    /** A reference found in a method of a generated class. */
    private record Ref(String method, char kind, String owner, String name, String descriptor, int opcode) {
        // kind: 'M' method, 'F' field, 'T' type, 'B' bootstrap, 'X' unresolvable constant; opcode: the instruction, -1 for a
        // constant (handle, type) or bootstrap

        Ref(String method, char kind, String owner, String name, String descriptor) {
            this(method, kind, owner, name, descriptor, -1);
        }
    }

    /** What the pack's own bytecode declares and refers to. */
    private static final class OwnClass {
        String name;
        String superName;
        String[] interfaces = new String[0];
        final Set<String> methods = new HashSet<>();
        final Set<String> fields = new HashSet<>();
        final List<Ref> refs = new ArrayList<>();

        static OwnClass read(byte[] bytes) {
            OwnClass c = new OwnClass();
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                    c.name = name;
                    c.superName = superName;
                    c.interfaces = interfaces == null ? new String[0] : interfaces;
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                    c.fields.add(name);
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
                    c.methods.add(method + descriptor);
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
                            c.refs.add(new Ref(method, 'M', owner, name, desc, opcode));
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String name, String desc) {
                            c.refs.add(new Ref(method, 'F', owner, name, null));
                        }

                        @Override
                        public void visitTypeInsn(int opcode, String type) {
                            c.refs.add(new Ref(method, 'T', type, null, null));
                        }

                        @Override
                        public void visitMultiANewArrayInsn(String descriptor, int dims) {
                            c.refs.add(new Ref(method, 'T', descriptor, null, null));
                        }

                        @Override
                        public void visitLdcInsn(Object value) {
                            constant(value);
                        }

                        private void constant(Object value) {
                            if (value instanceof Type t) {
                                if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                                    c.refs.add(new Ref(method, 'T', t.getInternalName(), null, null));
                                }
                            } else if (value instanceof Handle h) {
                                handle(h);
                            } else if (value instanceof ConstantDynamic d) {
                                c.refs.add(new Ref(method, 'X', "constant-dynamic", d.getName(), null));
                            }
                        }

                        private void handle(Handle h) {
                            boolean field = h.getTag() <= Opcodes.H_PUTSTATIC;
                            c.refs.add(new Ref(method, field ? 'F' : 'M', h.getOwner(), h.getName(), field ? null : h.getDesc()));
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
                            c.refs.add(new Ref(method, 'B', bsm.getOwner(), bsm.getName(), bsm.getDesc()));
                            for (Object a : args) {
                                constant(a);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return c;
        }
    }

    /** Resolves references to their declaring class and asks the allow-list. */
    private static final class Resolver {
        private final Map<String, OwnClass> own;
        private final ClassLoader loader;
        private final Map<String, String> cache = new HashMap<>();

        Resolver(Map<String, OwnClass> own, ClassLoader loader) {
            this.own = own;
            this.loader = loader;
        }

        /** @return null when allowed, else the member as {@code java.lang.Runtime.exec} */
        String refused(Ref r, boolean project) {
            String key = r.kind + r.owner + "." + r.name + r.descriptor + project;
            return cache.computeIfAbsent(key, k -> decide(r, project));
        }

        private String decide(Ref r, boolean project) {
            switch (r.kind) {
                case 'X':
                    return "a constant-dynamic entry " + r.name + " (cannot be resolved statically)";
                case 'B':
                    return AllowList.BOOTSTRAPS.contains(r.owner + "." + r.name) ? null
                            : dotted(r.owner) + "." + r.name + " (a dynamic call site)";
                case 'T': {
                    String element = elementType(r.owner);
                    if (element == null || own.containsKey(element) || AllowList.type(element, project)) {
                        return null;
                    }
                    return dotted(element);
                }
                default:
                    break;
            }
            String owner = elementType(r.owner);
            if (owner == null) {
                return null; // a primitive array: clone() or length
            }
            if (r.owner.startsWith("[")) {
                return r.name.equals("clone") || r.kind == 'F' ? null : dotted(r.owner) + "." + r.name;
            }
            String declaring = declaringClass(owner, r.name, r.descriptor, r.kind == 'F');
            if (declaring == null) {
                return dotted(owner) + "." + r.name + " (cannot be resolved: no such member)";
            }
            if (own.containsKey(declaring)) {
                return null;
            }
            return AllowList.member(declaring, r.name, r.descriptor, project) ? null : dotted(declaring) + "." + r.name;
        }

        /** @return internal name of the class declaring the member, searching superclasses then interfaces, or null */
        private String declaringClass(String owner, String name, String descriptor, boolean field) {
            OwnClass c = own.get(owner);
            if (c != null) {
                if (field ? c.fields.contains(name) : c.methods.contains(name + descriptor)) {
                    return owner;
                }
                if (name.equals("<init>")) {
                    return null;
                }
                List<String> parents = new ArrayList<>();
                if (c.superName != null) {
                    parents.add(c.superName);
                }
                parents.addAll(List.of(c.interfaces));
                for (String p : parents) {
                    String d = declaringClass(p, name, descriptor, field);
                    if (d != null) {
                        return d;
                    }
                }
                return null;
            }
            Class<?> type;
            try {
                type = Class.forName(owner.replace('/', '.'), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
            Class<?> d = field ? declaringField(type, name) : declaringMethod(type, name, descriptor);
            return d == null ? null : Type.getInternalName(d);
        }

        private static Class<?> declaringField(Class<?> type, String name) {
            for (Class<?> t = type; t != null; t = t.getSuperclass()) {
                for (Field f : t.getDeclaredFields()) {
                    if (f.getName().equals(name)) {
                        return t;
                    }
                }
                for (Class<?> i : t.getInterfaces()) {
                    Class<?> d = declaringField(i, name);
                    if (d != null) {
                        return d;
                    }
                }
            }
            return null;
        }

        private static Class<?> declaringMethod(Class<?> type, String name, String descriptor) {
            if (name.equals("<init>")) {
                for (Constructor<?> k : type.getDeclaredConstructors()) {
                    if (Type.getConstructorDescriptor(k).equals(descriptor)) {
                        return type;
                    }
                }
                return null;
            }
            for (Class<?> t = type; t != null; t = t.getSuperclass()) {
                for (Method m : t.getDeclaredMethods()) {
                    if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                        return t;
                    }
                }
            }
            // Interface methods (default or abstract), then Object's for an interface owner.
            Class<?> d = interfaceMethod(type, name, descriptor, new HashSet<>());
            if (d == null && type.isInterface()) {
                d = declaringMethod(Object.class, name, descriptor);
            }
            return d;
        }

        private static Class<?> interfaceMethod(Class<?> type, String name, String descriptor, Set<Class<?>> seen) {
            for (Class<?> t = type; t != null; t = t.getSuperclass()) {
                for (Class<?> i : t.getInterfaces()) {
                    if (!seen.add(i)) {
                        continue;
                    }
                    for (Method m : i.getDeclaredMethods()) {
                        if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                            return i;
                        }
                    }
                    Class<?> d = interfaceMethod(i, name, descriptor, seen);
                    if (d != null) {
                        return d;
                    }
                }
            }
            return null;
        }

        /** @return the class an array or type descriptor names, or null for primitives */
        private static String elementType(String internalOrDescriptor) {
            String s = internalOrDescriptor;
            if (!s.startsWith("[")) {
                return s;
            }
            Type t = Type.getType(s);
            Type e = t.getElementType();
            return e.getSort() == Type.OBJECT ? e.getInternalName() : null;
        }

        private static String dotted(String internalName) {
            return internalName.replace('/', '.');
        }
    }
}
