package org.wangge.examples.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What this host ships: the runtime class path as `mvn dependency:list` resolves it (the build writes the list
 * in generate-test-resources). A production host that reads and checks snapshots must not carry a test or
 * command-line library: no JUnit, AssertJ, opentest4j, picocli, and neither the test kit nor the command line.
 */
class RuntimeClassPathTest {

    /** groupId:artifactId:type[:classifier]:version:scope[:file] as dependency:list prints it. */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*([\\w.-]+):([\\w.-]+):([\\w.-]+)(?::([\\w.-]+))?:([\\w.-]+):(compile|runtime|provided|system|test)(?::(\\S+))?.*$");

    /** Libraries a production class path must not hold, as "groupId:" or "groupId:artifactId". */
    private static final List<String> TEST_OR_CLI_LIBRARIES = List.of(
            "org.junit.", "org.junit:", "junit:", "org.assertj:", "org.opentest4j:", "info.picocli:",
            "org.wangge:kernel-testkit", "org.wangge:kernel-cli", "com.tngtech.archunit:", "org.quicktheories:");

    record Artifact(String groupId, String artifactId, String scope, Path file) {
        String coordinates() {
            return groupId + ":" + artifactId;
        }

        boolean isTestOrCliLibrary() {
            String c = coordinates() + ":";
            return TEST_OR_CLI_LIBRARIES.stream().anyMatch(c::startsWith);
        }
    }

    static List<Artifact> list(String scope) throws IOException {
        Path file = Path.of(System.getProperty("dependency.list.dir", "target/dependency-list"), scope + ".txt");
        assertTrue(Files.isRegularFile(file), file + " is missing: the build's dependency:list execution writes it");
        List<Artifact> artifacts = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(LINE::matcher).filter(Matcher::matches)
                .map(m -> new Artifact(m.group(1), m.group(2), m.group(6), m.group(7) == null ? null : Path.of(m.group(7))))
                .toList();
        assertFalse(artifacts.isEmpty(), "no artifact read from " + file);
        return artifacts;
    }

    @Test
    void the_runtime_class_path_holds_no_junit_assertj_picocli_test_kit_or_command_line() throws IOException {
        List<Artifact> runtime = list("runtime");
        List<String> offending = runtime.stream().filter(Artifact::isTestOrCliLibrary).map(Artifact::coordinates).toList();
        assertEquals(List.of(), offending, "test or command-line libraries on the runtime class path");
        assertTrue(runtime.stream().anyMatch(a -> a.coordinates().equals("org.wangge:kernel-io")), "kernel-io is there");
        assertTrue(runtime.stream().anyMatch(a -> a.coordinates().equals("org.wangge:kernel-rules")), "kernel-rules is there");

        long bytes = 0;
        for (Artifact a : runtime) {
            if (a.file() != null && Files.isRegularFile(a.file())) {
                bytes += Files.size(a.file());
            }
        }
        System.out.printf(Locale.ROOT, "runtime class path: %d jars, %.1f MB%n", runtime.size(), bytes / 1e6);
    }

    @Test
    void every_kernel_jar_names_its_module() throws IOException {
        List<Artifact> kernel = list("test").stream()
                .filter(a -> a.groupId().equals("org.wangge") && a.artifactId().startsWith("kernel-"))
                .filter(a -> a.file() != null && a.file().toString().endsWith(".jar")).toList();
        assertTrue(kernel.size() >= 4, "kernel-model, -rules, -io and -testkit jars expected: " + kernel);
        for (Artifact a : kernel) {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(a.file().toFile())) {
                String expected = "org.wangge.kernel." + a.artifactId().substring("kernel-".length());
                assertEquals(expected, jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"),
                        "Automatic-Module-Name of " + a.file());
            }
        }
    }

    @Test
    void the_test_class_path_does_have_them_so_the_check_above_can_fail() throws IOException {
        List<Artifact> test = list("test");
        List<String> found = test.stream().filter(Artifact::isTestOrCliLibrary).map(Artifact::coordinates).toList();
        assertTrue(found.contains("org.wangge:kernel-testkit"), "kernel-testkit in test scope: " + found);
        assertTrue(found.contains("org.junit.jupiter:junit-jupiter-api"), "JUnit in test scope: " + found);
        assertTrue(found.contains("org.assertj:assertj-core"), "AssertJ through the test kit: " + found);
    }
}
