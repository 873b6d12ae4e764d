package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridChangeKind;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.EmploymentType;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.model.worker.PayRecord;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/** ZG-02-01: a subject outside the pack's jurisdiction is reported as out of scope and never checked (Art. 2). */
class Art02ScopeTest extends RuleTestSupport {

    /** A grid in Chengdu (510104), far too small and without workers: it would breach Art. 8, 12 and 21 if it were checked. */
    private static Grid chengduGrid() {
        return new Grid("G-CD-1", GridCode.of("510104001001001"), "成都某网格", GridKind.COMMUNITY, null, Set.of("510104001001"),
                10, 10, "成都", CompliantCity.ZLJ_AGENCY, null, null, null, GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null);
    }

    @Test
    void ZG_02_01_a_grid_outside_zigong_is_a_notice_and_nothing_else_is_reported_about_it() {
        var report = check(CompliantCity.with(chengduGrid()));
        assertThat(report.findings()).filteredOn(f -> f.subject().id().equals("G-CD-1"))
                .extracting(Finding::constraintId).containsExactly("ZG-02-01");
        Finding f = report.findings("ZG-02-01").get(0);
        assertThat(f.severity()).isEqualTo(Severity.NOTICE);
        assertThat(f.evidence()).containsEntry("divisionCode", "510104001001").containsEntry("jurisdiction", "510300");
        assertThat(f.messageEn()).contains("Grid G-CD-1 lies in division 510104001001, outside the pack's jurisdiction 510300")
                .doesNotContain("{");
        assertThat(f.messageZh()).contains("网格G-CD-1所在区划510104001001不在本市行政区域（区划代码510300）内，不按本办法检查")
                .contains("参见《自贡市城乡社会治理网格化服务管理办法》第二条").doesNotContain("{");
        assertThat(report.hasNoViolations()).isTrue();
    }

    @Test
    void ZG_02_01_an_organisation_outside_zigong_is_a_notice() {
        Organisation chengduBureau = new Organisation("ORG-CD-PSB", "成都市某公安分局", OrganisationKind.DEPARTMENT, GovernmentLevel.COUNTY,
                DepartmentKind.PUBLIC_SECURITY, "510104", null);
        assertThat(findings(CompliantCity.with(chengduBureau), "ZG-02-01")).extracting(f -> f.subject().toString())
                .containsExactly("Organisation ORG-CD-PSB");
    }

    @Test
    void ZG_02_01_every_subject_of_the_compliant_city_is_in_scope() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-02-01")).isEmpty();
    }

    @Test
    void ZG_02_01_a_grid_lying_partly_in_zigong_is_in_scope() {
        Grid straddling = new Grid("G-X", GridCode.of(CompliantCity.COMMUNITY_CODE + "003"), "跨界网格", GridKind.COMMUNITY, null,
                Set.of("510104001001", CompliantCity.COMMUNITY_CODE), 400, 1000, "跨界", CompliantCity.ZLJ_AGENCY, null, null, null,
                GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null);
        assertThat(findings(CompliantCity.with(straddling), "ZG-02-01")).isEmpty();
    }

    /** A worker of the compliant city moved to serve only the Chengdu grid: without contract, insurance or pay. */
    private static Object[] chengduWorkerWithNothing() {
        GridWorker w = new GridWorker("W-CD", PersonName.of("王成都"), null, MobileNumber.of("13912345678"), EmploymentType.FULL_TIME,
                LocalDate.of(2024, 2, 1), null);
        return new Object[] {chengduGrid(), w,
                new Assignment("A-W-CD", "W-CD", "G-CD-1", CompliantCity.ZLJ_AGENCY, LocalDate.of(2024, 2, 1), null),
                new PayRecord("PAY-W-CD", "W-CD", CompliantCity.ZLJ_GOV, PayRecord.PayKind.PAY, LocalDate.of(2025, 5, 31),
                        new BigDecimal("3500.00"), null, BigDecimal.ZERO)};
    }

    @Test
    void ZG_02_01_a_worker_serving_only_a_chengdu_grid_gets_the_notice_and_nothing_else() {
        var report = check(CompliantCity.with(chengduWorkerWithNothing()));
        assertThat(report.findings()).filteredOn(f -> f.subject().id().equals("W-CD"))
                .extracting(Finding::constraintId).containsExactly("ZG-02-01");
        assertThat(report.findings()).filteredOn(f -> f.subject().id().equals("PAY-W-CD")).isEmpty();
        Finding f = report.findings("ZG-02-01").stream().filter(x -> x.subject().id().equals("W-CD")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.NOTICE);
        assertThat(f.messageZh()).contains("网格员W-CD仅在本市行政区域以外的网格（G-CD-1）服务，不按本办法检查").doesNotContain("{");
        assertThat(report.hasNoViolations()).isTrue();
    }

    @Test
    void ZG_02_01_a_worker_serving_a_zigong_grid_as_well_is_in_scope_and_checked() {
        Object[] facts = chengduWorkerWithNothing();
        Object[] more = java.util.Arrays.copyOf(facts, facts.length + 1);
        more[facts.length] = new Assignment("A-W-CD-2", "W-CD", CompliantCity.COMMUNITY_GRID, CompliantCity.ZLJ_AGENCY,
                LocalDate.of(2024, 2, 1), null);
        var report = check(CompliantCity.with(more));
        assertThat(report.findings()).filteredOn(f -> f.subject().id().equals("W-CD")).extracting(Finding::constraintId)
                .doesNotContain("ZG-02-01").contains("ZG-18-02", "ZG-18-03");
    }

    @Test
    void ZG_02_01_an_unfiled_change_of_a_chengdu_grid_gives_nothing() {
        GridChange change = new GridChange("C-CD", GridChangeKind.ADJUSTMENT, Set.of("G-CD-1"), CompliantCity.ZLJ_AGENCY,
                LocalDate.of(2024, 3, 1), null, null, "成都网格调整");
        var report = check(CompliantCity.with(chengduGrid(), change));
        assertThat(report.findings()).filteredOn(f -> f.subject().id().equals("C-CD")).isEmpty();
        // the same change of a Zigong grid is overdue
        GridChange zigong = new GridChange("C-CD", GridChangeKind.ADJUSTMENT, Set.of(CompliantCity.COMMUNITY_GRID), CompliantCity.ZLJ_AGENCY,
                LocalDate.of(2024, 3, 1), null, null, "调整");
        assertThat(findings(CompliantCity.with(zigong), "ZG-07-03")).extracting(f -> f.subject().id()).containsExactly("C-CD");
    }

    @Test
    void ZG_02_01_a_case_in_a_chengdu_grid_is_a_notice_and_nothing_else() {
        Case c = new Case("K-CD", CaseSource.ASSIGNED_FROM_ABOVE, null, MatterCategory.OUTSIDE_ARTICLE_9, false, false, "G-CD-1", null,
                CaseFixtures.timeline("2025-06-02T09:00", null, null, null, null, null), null, List.of(), List.of(), false, null,
                Set.of(), Set.of(), "成都交办");
        var report = check(CompliantCity.with(chengduGrid(), c));
        assertThat(report.findings()).filteredOn(f -> f.subject().id().equals("K-CD")).extracting(Finding::constraintId)
                .containsExactly("ZG-02-01");
        assertThat(report.findings("ZG-02-01")).filteredOn(f -> f.subject().id().equals("K-CD")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("事件K-CD发生在本市行政区域以外的网格G-CD-1"));
    }

    @Test
    void ZG_02_01_an_engagement_of_a_chengdu_grid_only_gives_nothing() {
        Engagement e = new Engagement("E-CD", CompliantCity.CIVIL_AFFAIRS, Set.of("G-CD-1"), "成都走访", null, null, 0, BigDecimal.ZERO,
                Set.of(), LocalDate.of(2024, 3, 1), null);
        var report = check(CompliantCity.with(chengduGrid(), e));
        assertThat(report.findings()).filteredOn(f -> f.subject().id().equals("E-CD")).isEmpty();
    }
}
