package org.wangge.kernel.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.CheckReport;

class TextReportTest {

    @Test
    void groups_findings_by_article_with_id_severity_subject_message_and_evidence() {
        String text = new TextReport(ReportLanguage.EN).render(SampleReports.synthetic());
        assertThat(text).contains("Art. 2 第二条 Scope").contains("Art. 7 第七条 Dividing and coding grids")
                .contains("Art. 13 第十三条 What grid workers shall not do");
        assertThat(text.indexOf("Art. 2 第二条")).isLessThan(text.indexOf("Art. 7 第七条"));
        assertThat(text.indexOf("Art. 7 第七条")).isLessThan(text.indexOf("Art. 13 第十三条"));
        assertThat(text).contains("ZG-07-03  WARNING  Art. 7 ¶2 (第七条第二款)  Grid G-COMM-1")
                .contains("the adjustment is not yet filed").contains("evidence: graceDays=30")
                .contains("Art. 22 consequence CORRECTION_AND_CIRCULAR");
        assertThat(text).endsWith("Counts: 1 VIOLATION, 1 WARNING, 1 NOTICE\nPack version: zigong 2024.1\nPack identity: zigong 2024.1 sha256:?\n");
    }

    @Test
    void chinese_messages_with_lang_zh() {
        String text = new TextReport(ReportLanguage.ZH).render(SampleReports.synthetic());
        assertThat(text).contains("网格调整尚未备案").contains("证据：graceDays=30").contains("合计：1 VIOLATION")
                .doesNotContain("the adjustment is not yet filed");
    }

    @Test
    void an_edited_copy_of_the_pack_is_named_as_one_in_chinese_and_never_as_the_built_in_pack() {
        CheckReport built = SampleReports.synthetic();
        var edited = new org.wangge.kernel.rules.RulePackInfo("zigong", "2024.1", java.time.LocalDate.of(2024, 2, 1), "510300",
                "/work/my-pack", "zigong 2024.1", java.util.List.of(), "0123456789abcdef", true);
        CheckReport report = new CheckReport(edited, built.jurisdiction(), built.asOf(), built.findings());

        String zh = new TextReport(ReportLanguage.ZH).render(report);
        String en = new TextReport(ReportLanguage.EN).render(report);

        assertThat(zh).contains("规则包 zigong 2024.1（zigong 2024.1 的修改副本）（2024年2月1日起施行，辖区 510300，sha256:0123456789ab）")
                .contains("规则包标识：zigong 2024.1（zigong 2024.1 的修改副本） sha256:0123456789ab")
                .doesNotContain("edited copy").doesNotContain("in force from");
        assertThat(en).contains("zigong 2024.1 (edited copy of zigong 2024.1) sha256:0123456789ab");
    }

    @Test
    void masks_an_id_number_a_mobile_and_a_name_put_into_evidence() {
        String text = new TextReport(ReportLanguage.EN).render(SampleReports.synthetic());
        assertThat(text).doesNotContain(SampleReports.ID_NUMBER).doesNotContain(SampleReports.MOBILE).doesNotContain("张三")
                .contains("resident=510302********123X").contains("phone=138****5678").contains("workerName=张*");
    }

    @Test
    void a_real_check_of_a_too_small_grid() {
        CheckReport report = SampleReports.smallGridReport();
        String text = new TextReport(ReportLanguage.EN).render(report);
        assertThat(text).contains("Art. 8 第八条 Size and kinds of grids").contains("ZG-08-01  WARNING")
                .contains("Grid " + CompliantCity.COMMUNITY_GRID).contains("households=260")
                .contains("Pack version: zigong " + report.pack().version());
    }

    @Test
    void a_compliant_report_says_so() {
        CheckReport report = SampleReports.engine().check(CompliantCity.snapshot(), CompliantCity.AS_OF);
        assertThat(new TextReport(ReportLanguage.EN).render(report)).contains("No findings").contains("Counts: 0 VIOLATION, 0 WARNING, 0 NOTICE");
    }
}
