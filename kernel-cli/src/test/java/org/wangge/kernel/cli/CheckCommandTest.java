package org.wangge.kernel.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.cli.CliTestSupport.wangge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RulePackInfo;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.Subject;
import org.wangge.kernel.cli.CliTestSupport.Run;
import org.wangge.kernel.io.report.SampleReports;

class CheckCommandTest {

    @TempDir
    static Path dir;

    static Path compliant;
    static Path smallGrid;

    @BeforeAll
    static void snapshots() {
        compliant = CliTestSupport.write(CompliantCity.snapshot(), dir.resolve("compliant-city.yaml"));
        smallGrid = CliTestSupport.write(SampleReports.smallGridCity(), dir.resolve("small-grid.yaml"));
    }

    @Test
    void a_compliant_snapshot_exits_0() {
        Run r = wangge("check", compliant.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("No findings").contains("as of 2025-06-30").contains("Counts: 0 VIOLATION, 0 WARNING, 0 NOTICE");
    }

    @Test
    void findings_exit_1_with_the_text_report_in_chinese_by_default() {
        Run r = wangge("check", smallGrid.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Art. 8 第八条").contains("ZG-08-01  WARNING").contains("Grid G-COMM-1")
                .contains("证据：").contains("households=260").contains("规则包版本：zigong");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void as_of_overrides_the_snapshot_date() {
        Run r = wangge("check", smallGrid.toString(), "--as-of", "2025-07-15", "--lang", "en");
        assertThat(r.out()).contains("as of 2025-07-15");
    }

    @Test
    void json_goes_to_stdout_and_parses() {
        Run r = wangge("check", smallGrid.toString(), "--format", "json", "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) tools.jackson.databind.json.JsonMapper.shared().readValue(r.out(), Map.class);
        assertThat(doc).containsEntry("asOf", "2025-06-30").containsEntry("jurisdiction", "510300");
        assertThat(doc.get("findings").toString()).contains("ZG-08-01");
    }

    @Test
    void html_goes_to_the_output_file_with_districts() throws IOException {
        Path out = dir.resolve("report.html");
        Run r = wangge("check", smallGrid.toString(), "--format", "HTML", "--output", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("wrote " + out);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("510302 自流井区");
        String page = html.replaceAll("(?s)<script\\b.*?</script>", "");
        assertThat(page).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void history_records_each_check_in_a_folder_and_the_report_shows_status_and_trend() throws IOException {
        Path ledger = dir.resolve("ledger");
        Run first = wangge("check", smallGrid.toString(), "--history", ledger.toString(), "--format", "json", "--as-of", "2025-05-31");
        assertThat(first.code()).isEqualTo(1);
        assertThat(first.err()).contains("recorded check 1 of 510300").contains("1 new, 0 persisting, 0 resolved");
        Path out = dir.resolve("report.html");
        Run second = wangge("check", smallGrid.toString(), "--history", ledger.toString(), "--format", "html", "-o", out.toString());
        assertThat(second.err()).contains("recorded check 2 of 510300").contains("0 new, 1 persisting, 0 resolved");
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("各条款检查发现趋势").contains("已记录的检查").contains("\"checks\":[\"2025年5月31日\",\"2025年6月30日\"]");
        Run json = wangge("check", smallGrid.toString(), "--history", ledger.toString(), "--format", "json");
        assertThat(json.out()).contains("\"status\": \"PERSISTING\"").contains("\"firstSeen\": \"2025-05-31\"")
                .contains("\"district\": {");
        assertThat(Files.exists(ledger.resolve("ledger.mv.db"))).isTrue();
    }

    @Test
    void a_history_that_cannot_be_opened_is_bad_input() {
        Run r = wangge("check", smallGrid.toString(), "--history", "jdbc:nosuchdb://nowhere", "--format", "json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("compliance ledger");
    }

    @Test
    void notices_alone_are_compliant() {
        RulePackInfo pack = new RulePackInfo("zigong", "2024.1", LocalDate.of(2024, 2, 1), "510300", "test");
        LocalDate day = LocalDate.of(2025, 6, 30);
        Finding notice = new Finding("ZG-02-01", new Citation(2, 0, 0), Severity.NOTICE, new Subject("Grid", "G-X"), day, day, "zh", "en",
                Map.of(), null, "r", "art02-scope.drl");
        Finding warning = new Finding("ZG-08-01", new Citation(8, 1, 0), Severity.WARNING, new Subject("Grid", "G-Y"), day, day, "zh", "en",
                Map.of(), null, "r", "art08.drl");
        assertThat(CheckCommand.exitCode(new CheckReport(pack, "510300", day, List.of(notice)))).isZero();
        assertThat(CheckCommand.exitCode(new CheckReport(pack, "510300", day, List.of(notice, warning)))).isEqualTo(1);
    }

    @Test
    void a_missing_snapshot_is_bad_input() {
        Run r = wangge("check", dir.resolve("nope.yaml").toString()).assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such snapshot file").contains("nope.yaml");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void a_malformed_snapshot_prints_each_problem_with_its_position() throws IOException {
        String yaml = Files.readString(compliant, StandardCharsets.UTF_8).replaceFirst("households: 400", "households: lots");
        assertThat(yaml).contains("households: lots");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), yaml + "\nunknownTopLevelKey: 1\n", StandardCharsets.UTF_8);
        Run r = wangge("check", bad.toString()).assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsPattern("bad\\.yaml:\\d+:\\d+: ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void yaml_that_is_not_yaml_is_bad_input() throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.yaml"), "grids: [ {\n  - : :\n", StandardCharsets.UTF_8);
        Run r = wangge("check", bad.toString()).assertNoStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("broken.yaml");
    }

    @Test
    void bad_options_are_bad_input() {
        Run format = wangge("check", compliant.toString(), "--format", "pdf").assertNoStackTrace();
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--format").contains("pdf");
        Run date = wangge("check", compliant.toString(), "--as-of", "2025-13-01").assertNoStackTrace();
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("is not a date");
        Run lang = wangge("check", compliant.toString(), "--lang", "fr").assertNoStackTrace();
        assertThat(lang.code()).isEqualTo(2);
        Run rules = wangge("check", compliant.toString(), "--rules", dir.resolve("no-rules").toString()).assertNoStackTrace();
        assertThat(rules.code()).isEqualTo(2);
        assertThat(rules.err()).contains("no such rule directory");
        Run missingArg = wangge("check").assertNoStackTrace();
        assertThat(missingArg.code()).isEqualTo(2);
        assertThat(missingArg.err()).contains("SNAPSHOT");
        Run outDir = wangge("check", compliant.toString(), "--output", dir.resolve("no/such/dir/r.txt").toString()).assertNoStackTrace();
        assertThat(outDir.code()).isEqualTo(2);
    }

    @Test
    void debug_shows_the_stack_trace() {
        Run r = wangge("check", dir.resolve("nope.yaml").toString(), "--debug");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("at org.wangge").contains("no such snapshot file");
    }

    @Test
    void forced_progress_goes_to_stderr_only() throws IOException {
        Path rules = CliTestSupport.copyBuiltInRules(dir.resolve("rules-copy"));
        long before = Progress.delayMillis;
        Progress.delayMillis = 0;
        try {
            // loading a rule directory takes seconds: the spinner shows
            Run r = wangge("check", smallGrid.toString(), "--progress", "--lang", "en", "--rules", rules.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).doesNotContain("\r").contains("ZG-08-01");
            assertThat(r.err()).contains("\r");
        } finally {
            Progress.delayMillis = before;
        }
    }
}
