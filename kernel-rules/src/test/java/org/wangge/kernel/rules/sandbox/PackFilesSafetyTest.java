package org.wangge.kernel.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.RulePackException;
import org.wangge.kernel.rules.RuleProblem;

/** Rule pack files are read only as regular files of the pack directory, and export never writes through a link. */
class PackFilesSafetyTest {

    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private Path pack() {
        return AttackPacks.pack(dir, "budget", "sleeper-while-true.drl", dir.resolve("unused"));
    }

    @Test
    void a_pack_file_that_is_a_symbolic_link_is_refused_and_what_it_points_to_is_not_read() throws IOException {
        Path secret = Files.writeString(outside.resolve("passwd"), "root:x:0:0:SECRET-LINE\n");
        Path pack = pack();
        Files.delete(pack.resolve("parameters.toml"));
        Files.createSymbolicLink(pack.resolve("parameters.toml"), secret);
        assertThat(RuleEngine.lint(pack)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("parameters.toml");
            assertThat(p.message()).contains("symbolic link").doesNotContain("SECRET");
        });
        assertThatThrownBy(() -> RuleEngine.fromDirectory(pack)).isInstanceOf(RulePackException.class)
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void a_link_pointing_inside_the_pack_is_refused_too() throws IOException {
        Path pack = pack();
        Files.move(pack.resolve("sleeper-while-true.drl"), pack.resolve("real.txt"));
        Files.createSymbolicLink(pack.resolve("sleeper-while-true.drl"), pack.resolve("real.txt"));
        assertThat(RuleEngine.lint(pack)).extracting(RuleProblem::message).anySatisfy(m -> assertThat(m).contains("symbolic link"));
    }

    @Test
    void a_fifo_is_refused_without_blocking() throws Exception {
        Path pack = pack();
        Files.delete(pack.resolve("constraints.tsv"));
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pack.resolve("constraints.tsv").toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo on this machine");
            return;
        }
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(mkfifo.exitValue() == 0, "mkfifo failed");
        assertThat(RuleEngine.lint(pack)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("constraints.tsv");
            assertThat(p.message()).contains("not a regular file");
        });
    }

    @Test
    void a_file_over_the_size_limit_is_refused_and_one_at_the_limit_is_read() throws IOException {
        Path pack = pack();
        Path big = pack.resolve("extra.calendar.txt");
        Files.write(big, new byte[4 * 1024 * 1024 + 1]);
        assertThat(RuleEngine.lint(pack)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("extra.calendar.txt");
            assertThat(p.message()).contains("more than the 4194304");
        });
        Files.write(big, new byte[4 * 1024 * 1024]);
        assertThat(RuleEngine.lint(pack)).noneSatisfy(p -> assertThat(p.message()).contains("more than the"));
    }

    @Test
    void export_refuses_to_write_through_a_dangling_link_and_writes_nothing_outside() throws IOException {
        Path target = outside.resolve("written-through-the-link");
        Files.createSymbolicLink(dir.resolve("parameters.toml"), target);
        assertThatThrownBy(() -> RuleEngine.exportBuiltInPack(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameters.toml").hasMessageContaining("already exists");
        assertThat(target).doesNotExist();
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void export_refuses_a_directory_that_is_a_link_and_fills_a_real_one() throws IOException {
        Path link = dir.resolve("link");
        Files.createSymbolicLink(link, outside);
        assertThatThrownBy(() -> RuleEngine.exportBuiltInPack(link)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("symbolic link");
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
        assertThat(RuleEngine.exportBuiltInPack(dir.resolve("real"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.getParent()).isEqualTo(dir.resolve("real")));
    }
}
