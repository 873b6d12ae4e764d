package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.cli.CliTestSupport.Run;

class WanggeCommandTest {

    @Test
    void help_lists_every_command_and_the_exit_codes() {
        Run r = wangge("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: wangge").contains("check").contains("test").contains("explain").contains("trace")
                .contains("lint").contains("Exit codes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "test", "explain", "trace", "lint"})
    void each_command_has_help(String command) {
        Run r = wangge(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: wangge " + command).contains("--help").contains("--debug");
        assertThat(r.err()).isEmpty();
        assertThat(wangge("help", command).out()).contains("Usage: wangge " + command);
    }

    @Test
    void version_names_the_tool_and_the_built_in_pack() {
        Run r = wangge("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("wangge ").contains("built-in rule pack zigong 2024.1");
    }

    @Test
    void no_command_is_bad_input() {
        Run r = wangge().assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("give a command").contains("Usage: wangge");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void an_unknown_command_or_option_is_bad_input_without_a_stack_trace() {
        Run r = wangge("chekc", "x.yaml").assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("chekc");
        Run o = wangge("lint", "--bogus", "dir").assertNoStackTrace();
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("Unknown option: '--bogus'").contains("Try 'wangge lint --help'");
    }
}
