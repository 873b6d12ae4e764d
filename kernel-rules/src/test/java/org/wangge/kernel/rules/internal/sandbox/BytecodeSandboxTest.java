package org.wangge.kernel.rules.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Resolution to the declaring class: an allowed owner does not lend its inherited members the owner's permission. */
class BytecodeSandboxTest {

    /** A generated-looking class with one method that calls owner.name(desc). */
    private static byte[] caller(String owner, String name, String descriptor, int opcode, boolean itf) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "gen/Caller", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "(Ljava/lang/Object;)V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitTypeInsn(Opcodes.CHECKCAST, owner);
        mv.visitMethodInsn(opcode, owner, name, descriptor, itf);
        mv.visitInsn(descriptor.endsWith(")V") ? Opcodes.NOP : Opcodes.POP);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static List<BytecodeSandbox.Refusal> check(byte[] bytes) {
        return BytecodeSandbox.check(Map.of("gen/Caller", bytes), "none", BytecodeSandboxTest.class.getClassLoader());
    }

    @Test
    void getClass_through_a_model_type_is_resolved_to_Object_and_refused() {
        assertThat(check(caller("org/wangge/kernel/model/grid/Grid", "getClass", "()Ljava/lang/Class;", Opcodes.INVOKEVIRTUAL, false)))
                .singleElement().satisfies(r -> assertThat(r.member()).isEqualTo("java.lang.Object.getClass"));
        assertThat(check(caller("org/wangge/kernel/model/grid/Grid", "id", "()Ljava/lang/String;", Opcodes.INVOKEVIRTUAL, false))).isEmpty();
    }

    @Test
    void an_interface_default_method_is_judged_by_its_interface() {
        assertThat(check(caller("java/util/ArrayList", "parallelStream", "()Ljava/util/stream/Stream;", Opcodes.INVOKEVIRTUAL, false)))
                .singleElement().satisfies(r -> assertThat(r.member()).isEqualTo("java.util.Collection.parallelStream"));
        assertThat(check(caller("java/util/ArrayList", "stream", "()Ljava/util/stream/Stream;", Opcodes.INVOKEVIRTUAL, false))).isEmpty();
    }

    @Test
    void a_member_that_does_not_exist_is_refused_as_unresolvable() {
        assertThat(check(caller("java/lang/String", "noSuchMethod", "()V", Opcodes.INVOKEVIRTUAL, false))).singleElement()
                .satisfies(r -> assertThat(r.member()).contains("cannot be resolved"));
        assertThat(check(caller("com/example/Missing", "run", "()V", Opcodes.INVOKESTATIC, false))).isNotEmpty();
    }

    @Test
    void instrumentation_adds_a_budget_tick_at_entry_and_on_every_backward_jump() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "gen/Loop", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "spin", "()V", null, null);
        mv.visitCode();
        Label top = new Label();
        mv.visitLabel(top);
        mv.visitJumpInsn(Opcodes.GOTO, top);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        byte[] instrumented = BytecodeSandbox.instrument(cw.toByteArray());
        int[] ticks = {0};
        new org.objectweb.asm.ClassReader(instrumented).accept(new org.objectweb.asm.ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String n, String d, boolean itf) {
                        if (owner.equals(Budget.INTERNAL_NAME) && n.equals("tick")) {
                            ticks[0]++;
                        }
                    }
                };
            }
        }, 0);
        assertThat(ticks[0]).isEqualTo(2);
    }
}
