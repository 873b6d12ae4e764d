package org.wangge.kernel.rules.traceability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Records, per passing test, which constraints the test looked at and whether they fired: every
 * {@code findings(…, constraintId)} a rule test asks (and {@code findingsUnderArticle(n)}) is an outcome — FIRED
 * when findings came back, ABSENT when none did — and a test that passes has asserted on it. Outcomes of failing
 * tests are dropped. Written to {@value #FILE} (one run per JVM: the file is started afresh by the first test), which
 * {@code AssertedOutcomesTest} reads, in a surefire execution after the rule tests, to check that every constraint
 * has a test in which it fires and one in which it does not.
 */
public final class AssertedOutcomes implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    /** The file of outcomes, relative to the module: {@code constraint TAB FIRED|ABSENT TAB test}. */
    public static final String FILE = "target/traceability/asserted-outcomes.tsv";

    private static final ThreadLocal<List<String[]>> PENDING = new ThreadLocal<>();
    private static boolean started;

    /**
     * Records an outcome of the running test (nothing outside a test of a class using this extension).
     *
     * @param constraintId the constraint looked at
     * @param fired        whether it produced findings
     */
    public static void record(String constraintId, boolean fired) {
        List<String[]> pending = PENDING.get();
        if (pending != null && constraintId != null) {
            pending.add(new String[] {constraintId, fired ? "FIRED" : "ABSENT"});
        }
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        PENDING.set(new ArrayList<>());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        List<String[]> pending = PENDING.get();
        PENDING.remove();
        if (pending == null || pending.isEmpty() || context.getExecutionException().isPresent()) {
            return;
        }
        String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                + context.getDisplayName().replaceAll("\\s+", " ");
        StringBuilder lines = new StringBuilder();
        for (String[] p : pending) {
            lines.append(p[0]).append('\t').append(p[1]).append('\t').append(test).append('\n');
        }
        write(lines.toString());
    }

    private static synchronized void write(String lines) {
        Path file = Path.of(FILE);
        try {
            Files.createDirectories(file.getParent());
            if (!started) {
                Files.deleteIfExists(file); // a new test run
                started = true;
            }
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
