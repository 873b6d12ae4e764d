package org.wangge.kernel.rules.internal.sandbox;

import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.wangge.kernel.rules.CheckBudget;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.internal.PackCompiler;
import org.wangge.kernel.rules.internal.PackSource;

/**
 * Measures, in a fresh JVM, what the sandbox costs on a cold build of the built-in pack. Not a test: run it five
 * times and take medians (docs/performance.md gives the command). Modes:
 * <ul>
 * <li>{@code legacy} — the build as it was before the sandbox (interpreted model, {@code buildAll()}), and the kie base;
 * <li>{@code phases} — the executable-model build, then the allow-list check and instrumentation, then the kie base,
 * then the trial run, each timed;
 * <li>{@code engine} — {@code RuleEngine.zigong()} as a host calls it.
 * </ul>
 */
public final class SandboxCostHarness {

    private SandboxCostHarness() {
    }

    public static void main(String[] args) {
        PackSource source = PackSource.classpath(RuleEngine.ZIGONG_PACK, SandboxCostHarness.class.getClassLoader());
        long t0 = System.nanoTime();
        switch (args[0]) {
            case "legacy" -> {
                KieServices ks = KieServices.get();
                ReleaseId id = ks.newReleaseId("org.wangge.bench", "legacy", "1.0.0");
                KieBuilder b = ks.newKieBuilder(files(ks, id, source)).buildAll();
                require(b);
                ks.newKieContainer(id).getKieBase();
                System.out.printf("RESULT legacy build+kiebase %.3f s%n", (System.nanoTime() - t0) / 1e9);
            }
            case "phases" -> {
                KieServices ks = KieServices.get();
                ReleaseId id = ks.newReleaseId("org.wangge.bench", "exec", "1.0.0");
                KieBuilder b = ks.newKieBuilder(files(ks, id, source)).buildAll(ExecutableModelProject.class);
                require(b);
                long t1 = System.nanoTime();
                if (!PackSandbox.checkAndInstrument(source, b, id).isEmpty()) {
                    throw new IllegalStateException("the built-in pack was refused");
                }
                long t2 = System.nanoTime();
                ks.newKieContainer(id).getKieBase();
                long t3 = System.nanoTime();
                TrialRun.require(PackCompiler.compile(source), CheckBudget.DEFAULT); // compiles again: the trial's own time below
                long t4 = System.nanoTime();
                TrialRun.require(PackCompiler.compile(source), CheckBudget.DEFAULT);
                long t5 = System.nanoTime();
                PackCompiler.compile(source);
                long t6 = System.nanoTime();
                System.out.printf("RESULT exec build %.3f s, sandbox check+instrument %.3f s, kiebase %.3f s, warm compile %.3f s,"
                        + " warm compile+trial %.3f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t6 - t5) / 1e9,
                        (t5 - t4) / 1e9);
            }
            default -> {
                RuleEngine.zigong();
                System.out.printf("RESULT RuleEngine.zigong() cold %.3f s%n", (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private static KieFileSystem files(KieServices ks, ReleaseId id, PackSource source) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        for (Map.Entry<String, byte[]> f : source.files().entrySet()) {
            if (f.getKey().endsWith(".drl") || f.getKey().endsWith(".drl.csv")) {
                kfs.write("src/main/resources/org/wangge/kernel/rules/zigong/" + f.getKey(), f.getValue());
            }
        }
        return kfs;
    }

    private static void require(KieBuilder b) {
        if (!b.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
            throw new IllegalStateException(b.getResults().toString());
        }
    }
}
