package org.wangge.kernel.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.CheckReport;
import org.wangge.kernel.rules.Finding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One judgement of waivers against a check (WaiverCheck) and how every report shows it: the small-grid city has
 * ZG-08-01 WARNING on G-COMM-1 in 自流井区 (510302), checked as of 2025-06-30.
 */
class WaiverReportsTest {

    static final CheckReport REPORT = SampleReports.smallGridReport();
    static final DistrictResolver DISTRICTS = DistrictResolver.of(SampleReports.smallGridCity(), CompliantCity.AS_OF);

    static Waiver waiver(String constraint, String subject, String district, LocalDate expires, int line) {
        return new Waiver(constraint, subject, "old town grid; merger approved for 2026", expires, "张三丰", LocalDate.of(2025, 1, 10), district,
                "waivers.yaml:" + line + ":5");
    }

    static final Waiver HOLDS = waiver("ZG-08-01", CompliantCity.COMMUNITY_GRID, null, LocalDate.of(2026, 6, 30), 2);
    static final Waiver UNUSED = waiver("ZG-12-01", "C-NONE", null, LocalDate.of(2026, 6, 30), 9);
    static final Waiver EXPIRED = waiver("ZG-07-03", null, null, LocalDate.of(2025, 6, 29), 16);

    static Finding smallGrid() {
        return REPORT.findings().stream().filter(f -> f.constraintId().equals("ZG-08-01")).findFirst().orElseThrow();
    }

    @Test
    void a_waiver_holds_through_its_expiry_day_and_expires_the_day_after() {
        Waiver lastDay = waiver("ZG-08-01", CompliantCity.COMMUNITY_GRID, null, CompliantCity.AS_OF, 2);
        WaiverCheck onLastDay = WaiverCheck.of(REPORT, List.of(lastDay), DISTRICTS);
        assertThat(onLastDay.stateOf(smallGrid())).isEqualTo(WaiverCheck.State.WAIVED);
        assertThat(onLastDay.expired()).isEmpty();
        assertThat(onLastDay.failing()).isEmpty();
        Waiver dayBefore = waiver("ZG-08-01", CompliantCity.COMMUNITY_GRID, null, CompliantCity.AS_OF.minusDays(1), 2);
        WaiverCheck expired = WaiverCheck.of(REPORT, List.of(dayBefore), DISTRICTS);
        assertThat(expired.stateOf(smallGrid())).isEqualTo(WaiverCheck.State.EXPIRED);
        assertThat(expired.expired()).containsExactly(dayBefore);
        assertThat(expired.failing()).containsExactly(smallGrid());
    }

    @Test
    void a_waiver_of_another_subject_constraint_or_district_covers_nothing_and_is_unused() {
        for (Waiver w : List.of(waiver("ZG-08-01", "G-OTHER", null, LocalDate.of(2026, 1, 1), 2),
                waiver("ZG-08-02", CompliantCity.COMMUNITY_GRID, null, LocalDate.of(2026, 1, 1), 2),
                waiver("ZG-08-01", null, "510303", LocalDate.of(2026, 1, 1), 2))) {
            WaiverCheck c = WaiverCheck.of(REPORT, List.of(w), DISTRICTS);
            assertThat(c.stateOf(smallGrid())).as(w.toString()).isEqualTo(WaiverCheck.State.NONE);
            assertThat(c.unused()).as(w.toString()).containsExactly(w);
            assertThat(c.failing()).contains(smallGrid());
        }
        Waiver inDistrict = waiver("ZG-08-01", null, "510302", LocalDate.of(2026, 1, 1), 2);
        WaiverCheck c = WaiverCheck.of(REPORT, List.of(inDistrict), DISTRICTS);
        assertThat(c.stateOf(smallGrid())).isEqualTo(WaiverCheck.State.WAIVED);
        assertThat(c.unused()).isEmpty();
        assertThat(WaiverCheck.of(REPORT, List.of(inDistrict), DistrictResolver.none()).stateOf(smallGrid()))
                .as("without districts a district waiver covers nothing").isEqualTo(WaiverCheck.State.NONE);
    }

    @Test
    void the_text_report_marks_the_waived_finding_and_lists_expired_and_unused_waivers() {
        String en = new TextReport(ReportLanguage.EN).withWaivers(List.of(HOLDS, UNUSED, EXPIRED), DISTRICTS).render(REPORT);
        assertThat(en).contains("[WAIVED until 2026-06-30 — waivers.yaml:2:5: old town grid; merger approved for 2026]")
                .contains("(waived: 1)")
                .contains("Waivers: 3 given, 1 finding(s) waived, 1 expired, 1 unused")
                .contains("EXPIRED  waivers.yaml:16:5  ZG-07-03 on every subject until 2025-06-29, approved by 张** on 2025-01-10")
                .contains("UNUSED   waivers.yaml:9:5  ZG-12-01 on C-NONE until 2026-06-30")
                .doesNotContain("张三丰");
        String zh = new TextReport(ReportLanguage.ZH).withWaivers(List.of(HOLDS, EXPIRED), DISTRICTS).render(REPORT);
        assertThat(zh).contains("[已豁免，至 2026-06-30 — waivers.yaml:2:5").contains("已过期  waivers.yaml:16:5");
        assertThat(new TextReport(ReportLanguage.EN).render(REPORT)).doesNotContain("Waivers:").doesNotContain("waived");
    }

    @Test
    void the_json_report_gives_each_finding_its_waiver_and_the_expired_and_unused_ones_and_validates() throws IOException {
        String json = new JsonReport(ReportLanguage.EN, DISTRICTS).withWaivers(List.of(HOLDS, UNUSED, EXPIRED)).render(REPORT);
        assertThat(ReportSchemaTest.validate(json)).isEmpty();
        JsonNode doc = JsonMapper.shared().readTree(json);
        JsonNode w = doc.get("findings").get(0).get("waiver");
        assertThat(w.get("state").asString()).isEqualTo("waived");
        assertThat(w.get("source").asString()).isEqualTo("waivers.yaml:2:5");
        assertThat(w.get("approvedBy").asString()).isEqualTo("张**");
        assertThat(doc.get("waivers").get("waivedFindings").asInt()).isEqualTo(1);
        assertThat(doc.get("waivers").get("expired").get(0).get("constraintId").asString()).isEqualTo("ZG-07-03");
        assertThat(doc.get("waivers").get("unused").get(0).get("subject").asString()).isEqualTo("C-NONE");
        assertThat(json).doesNotContain("张三丰");
        assertThat(new JsonReport(ReportLanguage.EN, DISTRICTS).render(REPORT)).doesNotContain("\"waivers\"");
    }

    @Test
    void the_html_report_shows_waived_findings_and_a_waivers_section() {
        String html = new HtmlReport(ReportLanguage.EN, DISTRICTS).withWaivers(List.of(HOLDS, UNUSED, EXPIRED)).render(REPORT);
        assertThat(html).contains("id=\"waivers\"").contains("Expired waivers (the check fails) (1)").contains("Unused waivers (a warning) (1)")
                .contains("waivers.yaml:16:5").contains("<span class=\"n\">1</span><span class=\"l\">waived findings</span>")
                .contains("\"w\":[0,").doesNotContain("张三丰");
        assertThat(new HtmlReport(ReportLanguage.EN, DISTRICTS).render(REPORT)).doesNotContain("id=\"waivers\"");
    }
}
