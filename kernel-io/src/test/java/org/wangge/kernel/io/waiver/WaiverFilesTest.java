package org.wangge.kernel.io.waiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wangge.kernel.io.report.Waiver;
import org.wangge.kernel.io.snapshot.FileProblem;

/** Waiver files: what they give, and every problem at its file:line:column and field, no personal value echoed. */
class WaiverFilesTest {

    static final List<String> KNOWN = List.of("ZG-07-03", "ZG-08-01", "ZG-08-02", "ZG-12-01", "ZG-13-02");

    /** A synthetic resident ID number (valid check digit, no real person). */
    static final String ID_NUMBER = "51030219900307123X";

    static List<Waiver> read(String... lines) {
        return WaiverFiles.read(new StringReader(String.join("\n", lines) + "\n"), "waivers.yaml", KNOWN);
    }

    static List<FileProblem> problems(String... lines) {
        try {
            read(lines);
        } catch (WaiverFileException e) {
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void a_waiver_file_gives_every_field_and_its_source() {
        List<Waiver> w = read(
                "waivers:",
                "  - constraint: ZG-08-01",
                "    subject: G-COMM-1",
                "    district: \"510302\"",
                "    justification: old town grid; the merger with G-COMM-2 is approved for 2026",
                "    approvedBy: 自流井区网格化服务管理中心",
                "    approvedOn: 2025-03-01",
                "    expiresOn: 2026-06-30",
                "  - constraint: ZG-07-03",
                "    subject: \"*\"",
                "    justification: filings delayed by the 2025 boundary review",
                "    approvedBy: 市网格办",
                "    approvedOn: 2025-01-10",
                "    expiresOn: 2025-12-31");
        assertThat(w).hasSize(2);
        assertThat(w.get(0)).isEqualTo(new Waiver("ZG-08-01", "G-COMM-1", "old town grid; the merger with G-COMM-2 is approved for 2026",
                LocalDate.of(2026, 6, 30), "自流井区网格化服务管理中心", LocalDate.of(2025, 3, 1), "510302", "waivers.yaml:2:5"));
        assertThat(w.get(1).subjectId()).as("* is every subject").isNull();
        assertThat(w.get(1).district()).isNull();
        assertThat(w.get(1).source()).isEqualTo("waivers.yaml:9:5");
    }

    @Test
    void an_empty_list_is_no_waivers_and_a_file_without_the_list_is_refused() {
        assertThat(read("waivers: []")).isEmpty();
        assertThat(problems("description: none yet")).extracting(FileProblem::toString)
                .containsExactly("waivers.yaml:1:1: waivers: the file has no `waivers:` list");
    }

    @Test
    void every_problem_is_reported_at_its_line_column_and_field_in_one_run() {
        List<FileProblem> p = problems(
                "waivers:",
                "  - constraint: ZG-08-10",          // 2: unknown ID, near ZG-08-01
                "    subject: G-COMM-1",
                "    justification: ''",             // 4: blank
                "    approved-by: 区网格办",           // 5: misspelt key
                "    approvedOn: 2025-13-01",        // 6: not a date
                "    expiresOn: 2026-06-30",
                "  - constraint: ZG-8-1",            // 8: loose form
                "    subject: G-2",
                "    justification: j",
                "    approvedBy: x",
                "    approvedOn: 2026-07-01",        // 12: after the expiry
                "    expiresOn: 2026-06-30",
                "    district: 5103",                // 14: not 6 digits
                "  - just a string");                // 15: not a mapping
        assertThat(p).extracting(FileProblem::toString).containsExactly(
                "waivers.yaml:2:5: waivers[0].approvedBy: missing: who approved the waiver",
                "waivers.yaml:2:17: waivers[0].constraint: unknown constraint ID ZG-08-10 (not in the pack's catalogue); did you mean `ZG-08-01`?",
                "waivers.yaml:4:20: waivers[0].justification: missing: why, in words a reviewer can judge",
                "waivers.yaml:5:5: waivers[0].approved-by: unknown key; did you mean `approvedBy`?",
                "waivers.yaml:6:17: waivers[0].approvedOn: '2025-13-01' is not a date: write it as YYYY-MM-DD, e.g. 2026-06-30",
                "waivers.yaml:8:17: waivers[1].constraint: 'ZG-8-1' is not a constraint ID; did you mean `ZG-08-01`?",
                "waivers.yaml:12:17: waivers[1].approvedOn: approved on 2026-07-01, after the waiver expires (2026-06-30): a waiver is approved before it ends",
                "waivers.yaml:14:15: waivers[1].district: '5103' is not a county code: 6 digits (GB/T 2260), e.g. \"510302\"",
                "waivers.yaml:15:5: waivers[2]: a waiver is a mapping (constraint:, subject:, justification:, approvedBy:, approvedOn:, expiresOn:), not a single value");
    }

    @Test
    void an_unknown_id_far_from_any_names_the_known_ones() {
        assertThat(problems("waivers:", "  - { constraint: ZG-99-99, subject: G-1, justification: j, approvedBy: x, approvedOn: 2025-01-01, expiresOn: 2026-01-01 }"))
                .extracting(FileProblem::message).containsExactly("unknown constraint ID ZG-99-99 (not in the pack's catalogue) (allowed: "
                        + "ZG-07-03, ZG-08-01, ZG-08-02, ZG-12-01, ZG-13-02)");
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("ZG-%02d-01", i)).toList();
        assertThat(WaiverFiles.didYouMean("ZG-77-77", many)).isEmpty();
        assertThatThrownBy(() -> WaiverFiles.read(new StringReader("waivers:\n  - { constraint: ZG-77-77, subject: G-1, justification: j, "
                + "approvedBy: x, approvedOn: 2025-01-01, expiresOn: 2026-01-01 }\n"), "w.yaml", many))
                .hasMessageContaining("w.yaml:2:19: waivers[0].constraint: unknown constraint ID ZG-77-77 (not in the pack's catalogue); "
                        + "`wangge trace` lists the pack's constraints");
    }

    @Test
    void a_duplicate_waiver_and_a_duplicate_key_are_refused() {
        List<FileProblem> p = problems(
                "waivers:",
                "  - { constraint: ZG-08-01, subject: G-COMM-1, justification: a, approvedBy: x, approvedOn: 2025-01-01, expiresOn: 2026-01-01 }",
                "  - { constraint: ZG-08-01, subject: G-COMM-1, justification: b, approvedBy: y, approvedOn: 2025-02-01, expiresOn: 2026-02-01 }",
                "  - { constraint: ZG-08-01, subject: G-COMM-1, district: '510302', justification: c, approvedBy: y, approvedOn: 2025-02-01, expiresOn: 2026-02-01 }",
                "  - constraint: ZG-12-01",
                "    constraint: ZG-12-01",
                "    subject: C-1",
                "    justification: j",
                "    approvedBy: x",
                "    approvedOn: 2025-01-01",
                "    expiresOn: 2026-01-01");
        assertThat(p).extracting(FileProblem::toString).containsExactly(
                "waivers.yaml:3:5: waivers[1]: duplicate waiver: ZG-08-01 on G-COMM-1 is already waived at line 2; keep one (one justification and expiry per constraint, subject and district)",
                "waivers.yaml:6:5: waivers[3].constraint: given twice (first at line 5); keep one");
    }

    @Test
    void personal_data_in_a_bad_value_is_never_echoed_raw() {
        List<FileProblem> p = problems(
                "waivers:",
                "  - constraint: ZG-13-02",
                "    subject: W-1",
                "    justification: resident " + ID_NUMBER + " asked for it",
                "    approvedBy: 张三",
                "    approvedOn: " + ID_NUMBER,
                "    expiresOn: 13812345678",
                "    " + ID_NUMBER + ": x");
        assertThat(p).hasSize(3);
        assertThat(p.toString()).doesNotContain(ID_NUMBER).doesNotContain("13812345678").doesNotContain("张三").contains("is not a date");
    }

    @Test
    void yaml_syntax_errors_and_missing_files_name_the_file() throws IOException {
        assertThatThrownBy(() -> read("waivers:", "  - constraint: [ZG-08-01", "    subject: x"))
                .isInstanceOf(WaiverFileException.class).hasMessageContaining("waivers.yaml:");
        assertThatThrownBy(() -> WaiverFiles.read(Path.of("no-such-waivers.yaml"), KNOWN))
                .isInstanceOf(WaiverFileException.class).hasMessageContaining("no-such-waivers.yaml:0:0: no such waiver file");
    }

    @Test
    void a_file_on_disk_carries_its_path_as_source(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("w.yaml"), String.join("\n", "waivers:",
                "  - { constraint: ZG-08-01, subject: G-COMM-1, justification: a, approvedBy: x, approvedOn: 2025-01-01, expiresOn: 2026-01-01 }",
                ""), StandardCharsets.UTF_8);
        assertThat(WaiverFiles.read(f, KNOWN)).singleElement().extracting(Waiver::source).isEqualTo(f + ":2:5");
    }
}
