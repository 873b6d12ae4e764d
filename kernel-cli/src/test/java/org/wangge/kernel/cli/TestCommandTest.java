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
}
