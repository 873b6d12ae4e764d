package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.cli.CliTestSupport.Run;
import org.wangge.kernel.io.report.ReportLanguage;

/** Issue 13, point 8: {@code --lang zh|en} for help, errors, lint and test output (default from the locale). */
class LangOptionTest {

    static final String CITY = DiffCommandTest.WORKSPACE.resolve("city-2026.yaml").toAbsolutePath().toString();

    @Test
    void help_in_chinese_and_in_english() {
        Run zh = wangge("--help", "--lang", "zh");
        assertThat(zh.code()).isZero();
        assertThat(zh.out()).startsWith("用法： wangge").contains("对照《自贡市城乡社会治理网格化服务管理办法》检查城市网格数据。")
                .contains("选项：").contains("命令：").contains("退出码：").contains("显示本帮助并退出。")
                .contains("运行场景文件").contains("显示指定命令的帮助。").doesNotContain("Checks city data").doesNotContain("Display help");
        Run en = wangge("--help", "--lang", "en");
        assertThat(en.out()).startsWith("Usage: wangge").contains("Checks city data against the Zigong Measures").doesNotContain("用法");
        Run lintZh = wangge("lint", "--help", "--lang", "zh");
        assertThat(lintZh.out()).contains("检查规则目录").contains("规则目录，或改革文件（*.reform.toml）。").contains("没有问题：规则包可以加载");
    }

    @Test
    void errors_in_the_chosen_language() {
        Run zh = wangge("lint", "no-such-dir", "--lang", "zh");
        assertThat(zh.code()).isEqualTo(2);
        assertThat(zh.err()).contains("wangge lint：规则目录或改革文件不存在：no-such-dir");
        Run en = wangge("lint", "no-such-dir", "--lang", "en");
        assertThat(en.err()).contains("wangge lint: no such rule directory or reform file: no-such-dir");
        Run bad = wangge("lint", "--lang", "zh", "--no-such-option", "x");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("运行“wangge lint --help”查看用法。");
        Run fr = wangge("lint", "x", "--lang", "fr");
        assertThat(fr.code()).isEqualTo(2);
    }

    @Test
    void the_default_comes_from_the_locale() {
        assertThat(CliMessages.fromLocale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(ReportLanguage.ZH);
        assertThat(CliMessages.fromLocale(Locale.TRADITIONAL_CHINESE)).isEqualTo(ReportLanguage.ZH);
        assertThat(CliMessages.fromLocale(Locale.US)).isEqualTo(ReportLanguage.EN);
        assertThat(CliMessages.of(new String[] {"lint", "--lang=zh", "x"})).isEqualTo(ReportLanguage.ZH);
        assertThat(CliMessages.of(new String[] {"lint", "--", "--lang", "zh"})).isEqualTo(CliMessages.fromLocale(Locale.getDefault()));
    }

    @Test
    void every_english_message_has_its_chinese() throws IOException {
        var en = new java.util.Properties();
        var zh = new java.util.Properties();
        try (var a = CliMessages.class.getResourceAsStream("messages_en.properties");
                var b = CliMessages.class.getResourceAsStream("messages_zh.properties")) {
            en.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertThat(zh.stringPropertyNames()).containsAll(en.stringPropertyNames());
    }

    /** A copy of the built-in pack with two errors: an unknown field (compilation) and an unknown department (table). */
    static Path brokenPack(Path dir) throws IOException {
        Path pack = CliTestSupport.copyBuiltInRules(dir.resolve("broken"));
        Files.writeString(pack.resolve("routing.drl.csv"), ",true,PUBLIK_SECURITY,,ResponsibleDepartment: probe,Art. 23\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(pack.resolve("zz-probe-compile.drl"), """
                package org.wangge.kernel.rules.zigong

                import org.wangge.kernel.model.grid.Grid;

                rule "probe compile"
                    @definition("probe") @citation("Art. 8 ¶1")
                when
                    Grid( houshold > 500 )
                then
                end
                """, StandardCharsets.UTF_8);
        return pack;
    }

    @Test
    void lint_of_a_broken_pack_in_english_and_in_chinese(@TempDir Path dir) throws IOException {
        Path pack = brokenPack(dir);
        Run en = wangge("lint", pack.toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(1);
        assertThat(en.out()).contains("zz-probe-compile.drl:8:11: no field \"houshold\" on Grid; did you mean \"households\"? (fields of Grid: ")
                .containsPattern("routing\\.drl\\.csv:\\d+:3: \"PUBLIK_SECURITY\" is not a DepartmentKind; did you mean PUBLIC_SECURITY\\? \\(valid: ")
                .contains("2 problem(s) in " + pack);
        Run zh = wangge("lint", pack.toString(), "--lang", "zh");
        assertThat(zh.code()).isEqualTo(1);
        assertThat(zh.out()).contains("zz-probe-compile.drl:8:11: Grid 没有字段 \"houshold\"；您是否要写 \"households\"？（Grid 的字段：")
                .containsPattern("routing\\.drl\\.csv:\\d+:3: \"PUBLIK_SECURITY\" 不是有效的 DepartmentKind；您是否要写 PUBLIC_SECURITY？（有效值：")
                .contains(pack + " 中共发现 2 个问题").doesNotContain("did you mean");
    }

    @Test
    void test_summary_and_failure_in_english_and_in_chinese(@TempDir Path dir) throws IOException {
        Path scenarios = dir.resolve("small-grid.scenarios.yaml");
        Files.writeString(scenarios, "snapshot: " + CITY.replace("\\", "/") + "\n" + """
                scenarios:
                  - name: a grid of 270 households is below the band
                    expect:
                      findings: [ { constraint: ZG-08-01, subject: G-COMM-1 } ]
                  - name: a wrong expectation, to see a failure
                    expect:
                      absent: [ ZG-08-01 ]
                """, StandardCharsets.UTF_8);
        Run en = wangge("test", scenarios.toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(1);
        assertThat(en.out()).contains("FAIL small-grid.scenarios.yaml:").contains("UNEXPECTED ZG-08-01")
                .endsWith("1 passed, 1 failed (2 scenarios)\n");
        Run zh = wangge("test", scenarios.toString(), "--lang", "zh");
        assertThat(zh.code()).isEqualTo(1);
        assertThat(zh.out()).contains("未通过 small-grid.scenarios.yaml:").contains("实际：").contains("多出 ZG-08-01")
                .contains("不应出现：ZG-08-01").endsWith("通过 1 个，未通过 1 个（共 2 个场景）\n").doesNotContain("passed");
    }
}
