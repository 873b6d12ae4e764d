package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.cli.CliTestSupport.Run;
import org.wangge.kernel.io.report.SampleReports;

/** {@code wangge check --waivers FILE}: the small-grid city has ZG-08-01 WARNING on G-COMM-1 (自流井区 510302) as of 2025-06-30. */
class CheckWaiversCommandTest {

    @TempDir
    static Path dir;

    static Path smallGrid;

    @BeforeAll
    static void snapshot() {
        smallGrid = CliTestSupport.write(SampleReports.smallGridCity(), dir.resolve("small-grid.yaml"));
    }

    static Path waivers(String name, String... entries) throws IOException {
        StringBuilder b = new StringBuilder("waivers:\n");
        for (String e : entries) {
            b.append(e).append('\n');
        }
        return Files.writeString(dir.resolve(name), b.toString(), StandardCharsets.UTF_8);
    }

    static String entry(String constraint, String subject, String expiresOn) {
        return "  - constraint: " + constraint + "\n    subject: " + subject + "\n    justification: old town grid; merger approved for 2026\n"
                + "    approvedBy: 自流井区网格化服务管理中心\n    approvedOn: 2025-01-10\n    expiresOn: " + expiresOn;
    }

    @Test
    void a_waived_finding_is_shown_as_waived_and_does_not_fail_the_check() throws IOException {
        Path w = waivers("holds.yaml", entry("ZG-08-01", "G-COMM-1", "2026-06-30"));
        Run r = wangge("check", smallGrid.toString(), "--waivers", w.toString(), "--lang", "en").assertNoStackTrace();
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("ZG-08-01  WARNING").contains("[WAIVED until 2026-06-30 — " + w + ":2:5")
                .contains("(waived: 1)").contains("Waivers: 1 given, 1 finding(s) waived, 0 expired, 0 unused");
        assertThat(r.err()).isEmpty();
        Run without = wangge("check", smallGrid.toString(), "--lang", "en");
        assertThat(without.code()).as("the same check without the waiver fails").isEqualTo(1);
    }

    @Test
    void an_expired_waiver_fails_with_exit_3_and_its_own_message() throws IOException {
        Path w = waivers("expired.yaml", entry("ZG-08-01", "G-COMM-1", "2025-06-29"));
        Run r = wangge("check", smallGrid.toString(), "--waivers", w.toString(), "--lang", "en").assertNoStackTrace();
        assertThat(r.code()).isEqualTo(WanggeCommand.EXIT_WAIVER_EXPIRED).isEqualTo(3);
        assertThat(r.err()).contains("wangge check: 1 waiver(s) expired before the check's as-of date 2025-06-30:")
                .contains(w + ":2:5: ZG-08-01 on G-COMM-1 until 2025-06-29").contains("renew each (a new expiresOn and approval) or remove it; exit code 3");
        assertThat(r.out()).contains("[WAIVER EXPIRED on 2025-06-29, no longer waived");
        Run lastDay = wangge("check", smallGrid.toString(), "--waivers", w.toString(), "--as-of", "2025-06-29");
        assertThat(lastDay.code()).as("on its expiry day the waiver still holds").isZero();
    }

    @Test
    void an_unused_waiver_is_a_warning_and_does_not_change_the_exit_code() throws IOException {
        Path w = waivers("unused.yaml", entry("ZG-08-01", "G-COMM-1", "2026-06-30"), entry("ZG-12-01", "C-NONE", "2026-06-30"));
        Run r = wangge("check", smallGrid.toString(), "--waivers", w.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("wangge check: warning: unused waiver " + w + ":8:5: ZG-12-01 on C-NONE until 2026-06-30")
                .contains("it matches no finding as of 2025-06-30");
        assertThat(r.out()).contains("UNUSED   " + w + ":8:5  ZG-12-01 on C-NONE");
    }

    @Test
    void json_and_html_show_the_waivers() throws IOException {
        Path w = waivers("json.yaml", entry("ZG-08-01", "G-COMM-1", "2026-06-30"), entry("ZG-12-01", "C-NONE", "2025-05-31"));
        Run json = wangge("check", smallGrid.toString(), "--waivers", w.toString(), "--format", "json");
        assertThat(json.code()).isEqualTo(3);
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) tools.jackson.databind.json.JsonMapper.shared().readValue(json.out(), Map.class);
        assertThat(doc.get("waivers").toString()).contains("waivedFindings=1").contains("expired=[{constraintId=ZG-12-01");
        assertThat(doc.get("findings").toString()).contains("state=waived").contains("approvedBy=自*");
        Path html = dir.resolve("waived.html");
        Run h = wangge("check", smallGrid.toString(), "--waivers", w.toString(), "--format", "html", "-o", html.toString());
        assertThat(h.code()).isEqualTo(3);
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("id=\"waivers\"").contains("已过期的豁免（检查不通过）");
    }

    @Test
    void a_bad_waiver_file_is_bad_input_with_every_problem_at_its_place() throws IOException {
        Path w = waivers("bad.yaml", entry("ZG-08-10", "G-COMM-1", "2026-6-30").replace("approvedBy", "approved-by"));
        Run r = wangge("check", smallGrid.toString(), "--waivers", w.toString()).assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("wangge check: the waiver file cannot be used, 4 problem(s):")
                .contains(w + ":2:5: waivers[0].approvedBy: missing")
                .contains(w + ":2:17: waivers[0].constraint: unknown constraint ID ZG-08-10 (not in the pack's catalogue); did you mean `ZG-08-01`?")
                .contains(w + ":5:5: waivers[0].approved-by: unknown key; did you mean `approvedBy`?")
                .contains(w + ":7:16: waivers[0].expiresOn: '2026-6-30' is not a date");
        assertThat(r.out()).isEmpty();
        Run missing = wangge("check", smallGrid.toString(), "--waivers", dir.resolve("nope.yaml").toString()).assertNoStackTrace();
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such waiver file");
    }

    @Test
    void the_help_documents_exit_code_3() {
        Run r = wangge("check", "--help");
        assertThat(r.out()).contains("--waivers=FILE").contains("3  with --waivers: a waiver has expired");
    }

    @Test
    void expired_and_unused_waivers_are_named_in_chinese_with_lang_zh() throws IOException {
        Path w = waivers("zh.yaml", entry("ZG-08-01", "G-COMM-1", "2025-06-29"), entry("ZG-12-01", "C-NONE", "2026-06-30"));
        Run r = wangge("check", smallGrid.toString(), "--waivers", w.toString(), "--lang", "zh").assertNoStackTrace();
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("wangge check：有 1 项豁免在检查日期 2025-06-30 前已过期：")
                .contains(w + ":2:5: ZG-08-01（对象 G-COMM-1），有效期至 2025-06-29（理由：")
                .contains("未匹配任何问题").contains("请逐项续期");
        assertThat(ChineseOnlyTest.englishSentence(r.err().replace("old town grid; merger approved for 2026", ""))).isNull();
    }
}
