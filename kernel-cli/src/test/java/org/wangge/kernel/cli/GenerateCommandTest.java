package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.cli.CliTestSupport.Run;

class GenerateCommandTest {

    @Test
    void a_generated_city_with_injected_breaches_is_written_and_its_check_finds_them(@TempDir Path dir) {
        Path out = dir.resolve("city.yaml");
        Run r = wangge("generate", "--seed", "7", "--inject", "ZG-08-01=3", out.toString()).assertNoStackTrace();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("wrote " + out).containsPattern("injected ZG-08-01: [3-9]");
        Run check = wangge("check", out.toString(), "--lang", "en");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("ZG-08-01").doesNotContain("ZG-07-01");
    }

    @Test
    void a_compliant_city_checks_clean() {
        Path out = Path.of("target/generated-compliant-city.json");
        Run r = wangge("generate", "--seed", "3", out.toString()).assertNoStackTrace();
        assertThat(r.code()).isZero();
        assertThat(wangge("check", out.toString()).code()).isZero();
    }

    @Test
    void an_unknown_constraint_or_a_bad_count_is_bad_input_naming_it() {
        Run unknown = wangge("generate", "--inject", "ZG-99-01=2", "target/x.yaml").assertNoStackTrace();
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("ZG-99-01");
        Run count = wangge("generate", "--inject", "ZG-08-01=three", "target/x.yaml").assertNoStackTrace();
        assertThat(count.code()).isEqualTo(2);
        assertThat(count.err()).contains("ZG-08-01=three").contains("whole number");
    }
}
