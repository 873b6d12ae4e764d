package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.cli.CliTestSupport.Run;

class TestCommandTest {

    @TempDir
    static Path dir;

    static Path passing;
    static Path failing;

    @BeforeAll
    static void files() throws IOException {
        CliTestSupport.write(CompliantCity.snapshot(), dir.resolve("compliant-city.yaml"));
        Files.createDirectories(dir.resolve("suite"));
        passing = Files.writeString(dir.resolve("suite/art08.scenarios.yaml"), String.join("\n",
                "snapshot: ../compliant-city.yaml",
                "scenarios:",
                "  - name: ZG-08-01 a community grid of 260 households and 700 residents is too small",
                "    given:",
                "      patch: { grids: { G-COMM-1: { households: 260, residents: 700 } } }",
                "    expect:",
                "      findings: [ { constraint: ZG-08-01, subject: G-COMM-1, severity: WARNING } ]",
                "  - name: the compliant city has no findings",
                "    expect:",
                "      findings: []",
                "      only: true",
                ""), StandardCharsets.UTF_8);
        failing = Files.writeString(dir.resolve("failing.scenarios.yaml"), String.join("\n",
                "snapshot: compliant-city.yaml",
                "scenarios:",
                "  - name: expects a finding that does not come",
                "    expect:",
                "      findings: [ { constraint: ZG-12-01, subject: G-COMM-1 } ]",
                ""), StandardCharsets.UTF_8);
    }

    @Test
    void passing_scenarios_in_a_directory_exit_0() {
        Run r = wangge("test", dir.resolve("suite").toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("2 passed, 0 failed");
    }

    @Test
    void a_failure_is_described_and_exits_1() {
        Run r = wangge("test", passing.toString(), failing.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL").contains("expects a finding that does not come").contains("MISSING")
                .contains("ZG-12-01").contains("2 passed, 1 failed");
    }

    @Test
    void a_missing_file_is_bad_input() {
        Run r = wangge("test", dir.resolve("nope.scenarios.yaml").toString()).assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such scenario file").contains("nope.scenarios.yaml");
    }

    @Test
    void a_malformed_scenario_file_lists_its_problems() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.scenarios.yaml"), String.join("\n",
                "snapshot: compliant-city.yaml",
                "scenarios:",
                "  - name: typo",
                "    expekt: {}",
                ""), StandardCharsets.UTF_8);
        Run r = wangge("test", bad.toString()).assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsPattern("bad\\.scenarios\\.yaml:\\d+:\\d+: ");
    }

    @Test
    void a_directory_without_scenarios_is_bad_input() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run r = wangge("test", empty.toString()).assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no scenario files");
    }

    /** Issue 13 ¶5: an edited copy of the built-in pack never presents itself as the built-in pack in a scenario's headline. */
    @Test
    void a_scenario_run_on_an_edited_export_names_the_edited_copy_not_the_built_in_pack() throws IOException {
        Run builtIn = wangge("test", failing.toString(), "--lang", "en");
        assertThat(builtIn.out()).containsPattern("FAIL failing\\.scenarios\\.yaml:3 .*\\(as of [0-9-]+, pack zigong 2024\\.1 sha256:[0-9a-f]{12}\\)");
        String builtInHash = builtIn.out().replaceAll("(?s).*pack zigong 2024\\.1 sha256:([0-9a-f]{12}).*", "$1");

        Path edited = CliTestSupport.copyBuiltInRules(dir.resolve("edited-pack"));
        Path params = edited.resolve("parameters.toml");
        Files.writeString(params, Files.readString(params, StandardCharsets.UTF_8).replaceFirst(
                "(name = \"grid.size.households.min\"[^\\[]*?value = )300", "$1297"), StandardCharsets.UTF_8);
        Run en = wangge("test", failing.toString(), "--rules", edited.toString(), "--lang", "en");
        assertThat(en.code()).as(en.out() + en.err()).isEqualTo(1);
        assertThat(en.out()).contains("pack zigong 2024.1 (edited copy of zigong 2024.1 sha256:" + builtInHash + ") sha256:")
                .doesNotContain("pack zigong 2024.1 sha256:" + builtInHash + ")").doesNotContain("pack 2024.1)");

        Run zh = wangge("test", failing.toString(), "--rules", edited.toString(), "--lang", "zh");
        assertThat(zh.out()).contains("规则包 zigong 2024.1（zigong 2024.1 sha256:" + builtInHash + " 的修改副本） sha256:")
                .doesNotContain("规则包 2024.1）");
    }
}
