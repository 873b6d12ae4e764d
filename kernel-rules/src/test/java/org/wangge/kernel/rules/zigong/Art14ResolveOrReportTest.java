package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.rules.zigong.CaseFixtures.kase;
import static org.wangge.kernel.rules.zigong.CaseFixtures.taskFromAbove;
import static org.wangge.kernel.rules.zigong.CaseFixtures.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-14-01: a collected demand or hazard is resolved on the spot or reported through the platform within
 * case.report.limit.hours (24 h), or case.report.limit.hazard.hours (2 h) for a safety hazard.
 */
class Art14ResolveOrReportTest extends RuleTestSupport {

    static final String COLLECTED = "2025-06-02T09:00";

    static Case reportedAt(String reported) {
        return kase("K-3", MatterCategory.PUBLIC_OPINION, CompliantCity.MATTER_OPINION, false, false,
                timeline(COLLECTED, null, reported, null, null, null), null, List.of());
    }

    static Case resolvedAt(String resolved) {
        return kase("K-3", MatterCategory.PUBLIC_OPINION, CompliantCity.MATTER_OPINION, false, false,
                timeline(COLLECTED, resolved, null, null, null, null), null, List.of());
    }

    static Case hazard(boolean flag, MatterCategory category, String reported) {
        return kase("K-3", category, CompliantCity.MATTER_HAZARD, flag, false,
                timeline(COLLECTED, null, reported, null, null, null), null, List.of());
    }

    @Test
    void ZG_14_01_a_demand_reported_exactly_24_hours_after_collection_is_in_time() {
        assertThat(findings(CompliantCity.with(reportedAt("2025-06-03T09:00")), "ZG-14-01")).isEmpty();
    }

    @Test
    void ZG_14_01_a_demand_reported_one_minute_after_the_24_hours_is_a_violation() {
        List<Finding> findings = findings(CompliantCity.with(reportedAt("2025-06-03T09:01")), "ZG-14-01");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().kind()).isEqualTo("Case");
        assertThat(f.subject().id()).isEqualTo("K-3");
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 3)); // the day the limit fell due
        assertThat(f.basis()).isEqualTo(Basis.POLICY);
        assertThat(f.evidence()).containsEntry("worker", CompliantCity.WORKER_COMMUNITY).containsEntry("limitHours", "24")
                .containsEntry("collected", "2025-06-02T09:00").containsEntry("deadline", "2025-06-03T09:00")
                .containsEntry("reported", "2025-06-03T09:01");
        assertThat(f.messageZh()).startsWith("事件K-3于2025年6月2日9时收集，就地解决或者上报时限至2025年6月3日9时，于2025年6月3日9时1分方才上报，不符合")
                .contains("第十四条").contains("时限为本地设定（上报时限：24小时），尚无地方规范性文件确定。").doesNotContain("{");
        assertThat(f.messageEn()).contains("was due to be resolved on the spot or reported by 3 June 2025 09:00; it was reported only at 3 June 2025 09:01")
                .contains("The limit is set locally (report limit: 24 hours)").doesNotContain("{");
    }

    @Test
    void ZG_14_01_a_demand_resolved_on_the_spot_in_time_is_compliant_and_late_is_a_violation() {
        assertThat(findings(CompliantCity.with(resolvedAt("2025-06-03T09:00")), "ZG-14-01")).isEmpty();
        List<Finding> late = findings(CompliantCity.with(resolvedAt("2025-06-03T09:01")), "ZG-14-01");
        assertThat(late).hasSize(1);
        assertThat(late.get(0).messageZh()).contains("于2025年6月3日9时1分方才就地解决");
        assertThat(late.get(0).messageEn()).contains("it was resolved on the spot only at 3 June 2025 09:01");
    }

    @ParameterizedTest(name = "hazard flag {0}, category {1}, reported {2}: finding = {3}")
    @CsvSource({
            "true, PUBLIC_OPINION, 2025-06-02T11:00, false",   // exactly 2 hours
            "true, PUBLIC_OPINION, 2025-06-02T11:01, true",    // 2 hours and a minute
            "false, SAFETY_HAZARDS, 2025-06-02T11:00, false",  // Art. 9(6) item counts as a hazard
            "false, SAFETY_HAZARDS, 2025-06-02T11:01, true",
            "false, PUBLIC_OPINION, 2025-06-02T11:01, false"}) // not a hazard: 24 hours
    void ZG_14_01_a_safety_hazard_is_reported_within_2_hours(boolean flag, MatterCategory category, String reported, boolean fires) {
        List<Finding> findings = findings(CompliantCity.with(hazard(flag, category, reported)), "ZG-14-01");
        assertThat(findings).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(findings.get(0).evidence()).containsEntry("limitHours", "2").containsEntry("deadline", "2025-06-02T11:00");
            assertThat(findings.get(0).messageZh()).contains("安全隐患上报时限：2小时").doesNotContain("上报时限：24小时");
        }
    }

    @Test
    void ZG_14_01_a_pending_demand_whose_deadline_falls_within_the_check_day_is_a_violation() {
        Case pending = kase("K-3", MatterCategory.PUBLIC_OPINION, CompliantCity.MATTER_OPINION, false, false,
                CaseTimeline.collectedAt(CaseFixtures.t("2025-06-29T23:58")), null, List.of());
        List<Finding> findings = findings(CompliantCity.with(pending), "ZG-14-01");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).evidence()).doesNotContainKey("reported").containsEntry("deadline", "2025-06-30T23:58");
        assertThat(findings.get(0).messageEn()).contains("as of 30 June 2025 it is neither resolved nor reported");
        assertThat(findings.get(0).messageZh()).contains("时限至2025年6月30日23时58分，截至2025年6月30日既未解决也未上报");
    }

    @Test
    void ZG_14_01_a_pending_demand_whose_deadline_is_after_the_check_day_is_not_yet_due() {
        Case pending = kase("K-3", MatterCategory.PUBLIC_OPINION, CompliantCity.MATTER_OPINION, false, false,
                CaseTimeline.collectedAt(CaseFixtures.t("2025-06-30T00:00")), null, List.of());
        assertThat(findings(CompliantCity.with(pending), "ZG-14-01")).isEmpty();
        assertThat(check(CompliantCity.with(pending), LocalDate.of(2025, 7, 1)).findings("ZG-14-01")).hasSize(1);
    }

    @Test
    void ZG_14_01_a_task_from_above_has_no_collecting_worker_and_is_not_checked() {
        Case task = taskFromAbove("K-3", MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, CompliantCity.MATTER_OPINION,
                CaseTimeline.collectedAt(CaseFixtures.t("2025-06-02T09:00")), null);
        assertThat(findings(CompliantCity.with(task), "ZG-14-01")).isEmpty();
    }

    @Test
    void ZG_14_01_a_limit_that_fell_due_before_the_measures_took_effect_gives_no_finding() {
        Case old = kase("K-3", MatterCategory.PUBLIC_OPINION, CompliantCity.MATTER_OPINION, false, false,
                timeline("2024-01-30T09:00", null, "2024-02-05T09:00", null, null, null), null, List.of());
        assertThat(findings(CompliantCity.with(old), "ZG-14-01")).isEmpty(); // due 2024-01-31 09:00
    }

    @Test
    void ZG_14_01_a_limit_that_fell_due_on_the_first_day_of_the_measures_is_judged_though_collected_the_day_before() {
        Case straddling = kase("K-3", MatterCategory.PUBLIC_OPINION, CompliantCity.MATTER_OPINION, false, false,
                timeline("2024-01-31T09:00", null, "2024-02-05T09:00", null, null, null), null, List.of());
        List<Finding> findings = findings(CompliantCity.with(straddling), "ZG-14-01");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).occurredOn()).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void ZG_14_01_an_adopted_hazard_limit_makes_the_hazard_finding_a_violation_and_leaves_the_other_a_warning(@TempDir Path dir)
            throws IOException {
        RuleEngine.exportBuiltInPack(dir);
        Path params = dir.resolve("parameters.toml");
        String block = "name = \"case.report.limit.hazard.hours\"\n";
        Files.writeString(params, Files.readString(params, StandardCharsets.UTF_8)
                .replace(block, block + "adopted-by = \"自网格办发〔2024〕5号\"\nadopted-on = 2024-03-01\n"), StandardCharsets.UTF_8);
        RuleEngine adopted = RuleEngine.fromDirectory(dir);
        Finding hazard = adopted.check(CompliantCity.with(hazard(true, MatterCategory.PUBLIC_OPINION, "2025-06-02T11:01")), CompliantCity.AS_OF)
                .findings("ZG-14-01").get(0);
        assertThat(hazard.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(hazard.messageZh()).contains("时限（安全隐患上报时限：2小时）依据自网格办发〔2024〕5号（2024年3月1日）确定。");
        Finding demand = adopted.check(CompliantCity.with(reportedAt("2025-06-03T09:01")), CompliantCity.AS_OF).findings("ZG-14-01").get(0);
        assertThat(demand.severity()).isEqualTo(Severity.WARNING);
        assertThat(demand.messageZh()).contains("时限为本地设定（上报时限：24小时）");
    }

    @Test
    void ZG_14_01_the_compliant_city_gives_no_finding() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-14-01")).isEmpty();
    }
}
