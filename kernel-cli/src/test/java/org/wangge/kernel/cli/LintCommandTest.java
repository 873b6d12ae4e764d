package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.cli.CliTestSupport.Run;

class LintCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_clean_copy_of_the_rules_exits_0() throws IOException {
        Path rules = CliTestSupport.copyBuiltInRules(dir.resolve("rules"));
        Run r = wangge("lint", rules.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("no problems");
    }

    @Test
    void a_broken_copy_lists_each_problem_as_file_line_column() throws IOException {
        Path rules = CliTestSupport.copyBuiltInRules(dir.resolve("rules"));
        Path art13;
        try (var files = Files.list(rules)) {
            art13 = files.filter(f -> f.getFileName().toString().startsWith("art13-")).findFirst().orElseThrow();
        }
        String drl = Files.readString(art13, StandardCharsets.UTF_8);
        Files.writeString(art13, drl + "\nrule \"sneaky\"\nwhen\nthen\n    System.exit(1);\nend\n", StandardCharsets.UTF_8);
        Run r = wangge("lint", rules.toString()).assertNoStackTrace();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).containsPattern(art13.getFileName().toString().replace(".", "\\.") + ":\\d+:\\d+: ");
    }

    @Test
    void a_missing_directory_is_bad_input() {
        Run r = wangge("lint", dir.resolve("nowhere").toString()).assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such rule directory");
    }
}
