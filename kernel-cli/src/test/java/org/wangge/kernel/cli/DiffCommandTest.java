package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.cli.CliTestSupport.Run;

/** Issue 13, point 2: {@code wangge diff} on the analyst workspace's sample reform and city. */
class DiffCommandTest {

    static final Path WORKSPACE = Path.of("..", "examples", "analyst-workspace", "reforms");
    static final String CITY = WORKSPACE.resolve("city-2026.yaml").toString();
    static final String REFORM = WORKSPACE.resolve("households-250.reform.toml").toString();

    @Test
    void the_sample_reform_removes_the_small_grid_and_the_finance_routing_findings() {
        Run r = wangge("diff", CITY, "--base", "builtin", "--reform", REFORM, "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Base pack:     zigong 2024.1 sha256:")
                .contains("Reformed pack: zigong-hh250 2026.1-draft (reform of zigong 2024.1 sha256:")
                .contains("parameter grid.size.households.min: 250 from 2026-01-01")
                .contains("Findings that disappear (2)")
                .contains("ZG-08-01  Art. 8 ¶1  Grid G-COMM-1")
                .contains("ZG-15-02")
                .doesNotContain("Findings that appear");
    }

    @Test
    void before_the_reformed_values_apply_nothing_changes_and_the_exit_code_is_0() {
        Run r = wangge("diff", CITY, "--reform", REFORM, "--as-of", "2025-12-31", "--format", "json");
        // the size band waits for 2026-01-01: under both packs G-COMM-1 is too small on 2025-12-31
        assertThat(r.out()).contains("wangge-impact").doesNotContain("ZG-08-01");
    }

    @Test
    void a_refused_reform_exits_2_with_its_file_and_line() {
        Run r = wangge("diff", CITY, "--reform", "no-such.reform.toml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such rule directory or reform file: no-such.reform.toml");
    }
}
