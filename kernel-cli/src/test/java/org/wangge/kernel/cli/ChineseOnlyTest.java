package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.cli.CliTestSupport.Run;

/**
 * Issue 13, point 8: with {@code --lang zh} the command line's own errors (picocli's parse errors), the progress
 * spinner and a scenario's expectations are in Chinese: no English sentence is left (three English words in a row,
 * once file paths, option names, constraint and subject IDs and value lists are taken out).
 */
class ChineseOnlyTest {

    static final String CITY = LangOptionTest.CITY;

    /** Three or more English words in a row, after paths, options, IDs and upper-case codes are removed. */
    private static final Pattern ENGLISH_RUN = Pattern.compile("(?<![\\w.-])[A-Za-z]{2,}(?:[ ,;']+[A-Za-z]{2,}){2,}(?![\\w.-])");

    static String englishSentence(String text) {
        String t = text.replaceAll("\\S*[/\\\\]\\S*", " ") // file paths
                .replaceAll("--?[a-z][a-z-]*", " ") // option names
                .replaceAll("\\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\\b", " ") // ZG-08-01, G-COMM-1, YYYY-MM-DD
                .replaceAll("\\b[A-Z_]{2,}\\b", " ") // VIOLATION, TEXT, SNAPSHOT
                .replaceAll("\\bwangge(?: [a-z-]+)?\\b", " ") // the command's name
                .replaceAll("\\S+\\.(?:ya?ml|json|toml|drl|csv|xlsx)\\b", " ");
        Matcher m = ENGLISH_RUN.matcher(t);
        return m.find() ? m.group() : null;
    }

    static void assertChinese(Run r) {
        String all = r.out() + r.err();
        assertThat(englishSentence(all)).as("English left in:\n" + all).isNull();
        assertThat(all).containsPattern("\\p{IsHan}");
    }

    @Test
    void the_checker_of_this_test_sees_english() {
        assertThat(englishSentence("wangge check: Unknown option: '--foo'")).isNull(); // two words only
        assertThat(englishSentence("wangge lint：未知选项：--no-such-option")).isNull();
        assertThat(englishSentence("Missing required parameter: 'SNAPSHOT'")).isEqualTo("Missing required parameter");
        assertThat(englishSentence("MISSING ZG-08-01 on G-COMM-1 (WARNING, TEXT)")).isNull();
        assertThat(englishSentence("expected one of text, json, html")).isNotNull();
    }

    @Test
    void an_unknown_option_in_chinese_with_the_nearest_option_and_the_usage_hint() {
        Run r = wangge("check", CITY, "--lang", "zh", "--fromat", "html");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("wangge check：未知选项：--fromat").contains("您是否要写：--format").contains("运行“wangge check --help”查看用法。");
        assertChinese(r);
    }

    @Test
    void a_missing_parameter_a_missing_option_and_a_missing_value_in_chinese() {
        Run noSnapshot = wangge("check", "--lang", "zh");
        assertThat(noSnapshot.code()).isEqualTo(2);
        assertThat(noSnapshot.err()).contains("wangge check：缺少必需的参数：SNAPSHOT");
        assertChinese(noSnapshot);

        Run noReform = wangge("diff", CITY, "--lang", "zh");
        assertThat(noReform.code()).isEqualTo(2);
        assertThat(noReform.err()).contains("wangge diff：缺少必需的选项：--reform");
        assertChinese(noReform);

        Run noValue = wangge("check", CITY, "--lang", "zh", "--as-of");
        assertThat(noValue.code()).isEqualTo(2);
        assertThat(noValue.err()).contains("wangge check：选项 --as-of 缺少取值（DATE）");
        assertChinese(noValue);
    }

    @Test
    void a_bad_value_in_chinese_with_the_valid_values_or_the_form() {
        Run format = wangge("check", CITY, "--lang", "zh", "--format", "pdf");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("wangge check：选项 --format 的取值“pdf”无效：可选值为 text、json、html");
        assertChinese(format);

        Run date = wangge("check", CITY, "--lang", "zh", "--as-of", "2025-13-01");
        assertThat(date.err()).contains("选项 --as-of 的取值“2025-13-01”无效：日期应写成 YYYY-MM-DD，例如 2025-06-30");
        assertChinese(date);

        Run seed = wangge("generate", "--lang", "zh", "--seed", "abc", "out.yaml");
        assertThat(seed.err()).contains("选项 --seed 的取值“abc”无效：应为整数");
        assertChinese(seed);

        Run twice = wangge("check", CITY, "--lang", "zh", "--format", "json", "--format", "html");
        assertThat(twice.err()).contains("选项 --format 只能给出一次");
        assertChinese(twice);
    }

    @Test
    void the_same_errors_stay_in_english_with_lang_en() {
        Run r = wangge("check", CITY, "--lang", "en", "--format", "pdf");
        assertThat(r.err()).contains("wangge check: Invalid value for option '--format'").contains("Try 'wangge check --help' for usage.");
    }

    @Test
    void the_spinner_speaks_chinese() {
        long before = Progress.delayMillis;
        Progress.delayMillis = 0;
        try {
            Run r = wangge("check", CITY, "--progress", "--lang", "zh", "--format", "json");
            assertThat(r.err()).contains("正在").doesNotContain("loading").doesNotContain("checking").doesNotContain("reading");
        } finally {
            Progress.delayMillis = before;
        }
    }

    @Test
    void a_failed_scenario_says_what_was_expected_in_chinese(@TempDir Path dir) throws IOException {
        Path scenarios = Files.writeString(dir.resolve("wrong.scenarios.yaml"), "snapshot: " + CITY.replace("\\", "/") + "\n" + """
                scenarios:
                  - name: 预期一个不会出现的问题
                    expect:
                      findings: [ { constraint: ZG-12-01, subject: G-COMM-1, severity: WARNING } ]
                """, StandardCharsets.UTF_8);
        Run r = wangge("test", scenarios.toString(), "--lang", "zh");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("缺少 ZG-12-01 对象 G-COMM-1（WARNING）").doesNotContain(" on G-COMM-1");
        assertChinese(r);
    }

    @Test
    void the_errors_of_explain_and_generate_in_chinese(@TempDir Path dir) {
        Run notAnId = wangge("explain", "Art8", "--lang", "zh");
        assertThat(notAnId.code()).isEqualTo(2);
        assertThat(notAnId.err()).contains("wangge explain：“Art8”不是约束编号");
        assertChinese(notAnId);
        Run unknown = wangge("explain", "ZG-99-01", "--lang", "zh");
        assertThat(unknown.err()).contains("约束目录中没有编号 ZG-99-01");
        assertChinese(unknown);
        Run count = wangge("generate", dir.resolve("c.yaml").toString(), "--inject", "ZG-08-01=x", "--lang", "zh");
        assertThat(count.err()).contains("--inject ZG-08-01=x：等号后的数量应为整数");
        assertChinese(count);
    }
}
