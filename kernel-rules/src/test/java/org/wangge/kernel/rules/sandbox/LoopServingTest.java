package org.wangge.kernel.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host JVM at {@code -Xmx1g} keeps serving checks while a runaway pack (a loop, then an insert flood) is checked:
 * both runaways end with their budget and checks with the built-in pack go on meanwhile. Run in a child JVM so that a
 * failure cannot take the test JVM with it. Not a performance claim: it asserts that serving went on, not how fast.
 */
class LoopServingTest {

    @TempDir
    Path loopDir;
    @TempDir
    Path floodDir;

    @Test
    void a_host_at_one_gigabyte_of_heap_keeps_serving_while_runaway_checks_are_stopped() throws Exception {
        AttackPacks.pack(loopDir, "budget", "sleeper-while-true.drl", loopDir.resolve("unused"));
        AttackPacks.pack(floodDir, "budget", "sleeper-insert-flood.drl", floodDir.resolve("unused"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = Files.createTempFile("loop-serving", ".txt");
        Process child = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                LoopServingHarness.class.getName(), loopDir.toString(), floodDir.toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = child.waitFor(15, TimeUnit.MINUTES); // generous: a shared CI machine can be slow, and this is about liveness
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        assertThat(ended).as("the child ended:\n" + output).isTrue();
        List<String> report = output.lines().filter(l -> l.startsWith("STOPPED") || l.startsWith("SERVED") || l.startsWith("HEAP")).toList();
        report.forEach(System.out::println);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("STOPPED TIME:sleeper loop INSERTIONS:sleeper flood");
        assertThat(output).containsPattern("SERVED [1-9]");
    }
}
