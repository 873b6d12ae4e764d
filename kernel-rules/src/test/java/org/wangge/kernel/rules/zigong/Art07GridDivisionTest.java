package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.grid.Filing;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridChangeKind;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-07-01..04: grids are divided and coded by the county-level agency by a unified standard, every change is filed
 * with the city-level agency, and no other unit divides grids of its own (Art. 7).
 */
class Art07GridDivisionTest extends RuleTestSupport {

    private static final LocalDate START = LocalDate.of(2024, 2, 1);

    static Grid communityGrid(String code, String dividedBy, String legalBasis, GridStatus status, LocalDate from, LocalDate to) {
        return new Grid(CompliantCity.COMMUNITY_GRID, GridCode.of(code), "檀木林社区第一网格", GridKind.COMMUNITY, null,
                Set.of(CompliantCity.COMMUNITY_CODE), 400, 1000, "檀木林街1-30号", dividedBy, legalBasis, null, null, status, from, to);
    }

    static Grid dividedBy(String organisation, String legalBasis) {
        return communityGrid(CompliantCity.COMMUNITY_CODE + "001", organisation, legalBasis, GridStatus.ACTIVE, START, null);
    }

    static Grid coded(String code) {
        return communityGrid(code, CompliantCity.ZLJ_AGENCY, null, GridStatus.ACTIVE, START, null);
    }

    static GridChange adjustment(LocalDate effective) {
        return new GridChange("C-9", GridChangeKind.ADJUSTMENT, Set.of(CompliantCity.COMMUNITY_GRID), CompliantCity.ZLJ_AGENCY,
                effective, null, null, "调整边界");
    }

    static Filing filing(String with, LocalDate on) {
        return new Filing("F-9", "C-9", with, on, "自网格备〔2025〕9号");
    }

    // ---------------------------------------------------------------- ZG-07-01

    @Test
    void ZG_07_01_to_04_the_compliant_city_divides_codes_and_files_every_grid_as_article_7_requires() {
        assertThat(check(CompliantCity.snapshot()).findingsUnderArticle(7)).isEmpty();
    }

    @Test
    void ZG_07_01_a_grid_divided_by_the_city_agency_breaches_and_is_not_a_parallel_grid() {
        var report = check(CompliantCity.with(dividedBy(CompliantCity.CITY_AGENCY, null)));
        List<Finding> findings = report.findings("ZG-07-01");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.subject().id()).isEqualTo(CompliantCity.COMMUNITY_GRID);
        assertThat(f.subject().kind()).isEqualTo("Grid");
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.occurredOn()).isEqualTo(START);
        assertThat(f.evidence()).containsEntry("dividedBy", CompliantCity.CITY_AGENCY)
                .containsEntry("dividedByKind", "GRID_AGENCY").containsEntry("dividedByLevel", "CITY");
        assertThat(f.messageZh()).contains(CompliantCity.COMMUNITY_GRID)
                .contains("由自贡市网格化服务管理中心划分，该机构不是县级网格化服务管理工作机构").contains("第七条第一款").doesNotContain("{");
        assertThat(f.messageEn()).contains("divided by 自贡市网格化服务管理中心 (ORG-CITY-AGENCY), not by a county-level grid agency (city-level grid agency)").contains("Art. 7 ¶1")
                .doesNotContain("{");
        assertThat(f.ruleFile()).isEqualTo("art07-grid-division.drl");
        assertThat(report.findings("ZG-07-04")).isEmpty();
    }

    @Test
    void ZG_07_01_a_grid_divided_by_the_agency_of_another_county_breaches() {
        List<Finding> findings = findings(CompliantCity.with(dividedBy(CompliantCity.RONG_AGENCY, null)), "ZG-07-01");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo(CompliantCity.COMMUNITY_GRID);
            assertThat(f.evidence()).containsEntry("dividedBy", CompliantCity.RONG_AGENCY)
                    .containsEntry("division", CompliantCity.COMMUNITY_CODE);
            assertThat(f.messageEn()).contains("outside that agency's own county 510321").doesNotContain("{");
        });
    }

    @Test
    void ZG_07_01_a_grid_divided_by_an_organisation_not_in_the_snapshot_breaches() {
        List<Finding> findings = findings(CompliantCity.with(dividedBy("ORG-NOWHERE", null)), "ZG-07-01");
        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.evidence()).containsEntry("dividedBy", "ORG-NOWHERE").hasSize(1));
        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.messageZh()).contains("网格G-COMM-1记录的划分机构ORG-NOWHERE不在本次检查的数据中").doesNotContain("{"));
    }

    @Test
    void ZG_07_01_a_planned_grid_is_not_yet_divided_and_gives_no_finding() {
        Grid planned = communityGrid(CompliantCity.COMMUNITY_CODE + "001", CompliantCity.CITY_AGENCY, null, GridStatus.PLANNED,
                START, null);
        assertThat(findings(CompliantCity.with(planned), "ZG-07-01")).isEmpty();
    }

    @Test
    void ZG_07_01_a_grid_divided_the_day_before_the_measures_took_force_gives_no_finding_and_on_the_first_day_does() {
        Grid before = communityGrid(CompliantCity.COMMUNITY_CODE + "001", CompliantCity.CITY_AGENCY, null, GridStatus.ACTIVE,
                LocalDate.of(2024, 1, 31), null);
        Grid onTheDay = communityGrid(CompliantCity.COMMUNITY_CODE + "001", CompliantCity.CITY_AGENCY, null, GridStatus.ACTIVE,
                LocalDate.of(2024, 2, 1), null);
        assertThat(findings(CompliantCity.with(before), "ZG-07-01")).isEmpty();
        assertThat(findings(CompliantCity.with(onTheDay), "ZG-07-01")).hasSize(1);
    }

    // ---------------------------------------------------------------- ZG-07-04

    @Test
    void ZG_07_04_a_grid_divided_by_a_department_without_a_legal_basis_is_a_parallel_grid_and_not_a_07_01_breach() {
        var report = check(CompliantCity.with(dividedBy(CompliantCity.CIVIL_AFFAIRS, null)));
        assertThat(report.findings("ZG-07-01")).isEmpty();
        List<Finding> findings = report.findings("ZG-07-04");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo(CompliantCity.COMMUNITY_GRID);
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.occurredOn()).isEqualTo(START);
            assertThat(f.evidence()).containsEntry("dividedBy", CompliantCity.CIVIL_AFFAIRS)
                    .containsEntry("dividedByKind", "DEPARTMENT");
            assertThat(f.messageZh()).contains("由自流井区民政局另行划分，该单位不是网格化服务管理工作机构").contains("第七条第三款").doesNotContain("{");
            assertThat(f.messageEn()).contains("divided separately by 自流井区民政局 (ORG-ZLJ-CIVIL)")
                    .contains("parallel grid").doesNotContain("{");
        });
    }

    @Test
    void ZG_07_04_a_grid_divided_by_a_unit_under_a_recorded_legal_basis_breaches_neither_07_04_nor_07_01() {
        var report = check(CompliantCity.with(dividedBy(CompliantCity.PUBLIC_SECURITY, "《某法》第十条")));
        assertThat(report.findings("ZG-07-04")).isEmpty();
        assertThat(report.findings("ZG-07-01")).isEmpty();
    }

    @Test
    void ZG_07_04_a_blank_legal_basis_is_no_legal_basis() {
        assertThat(findings(CompliantCity.with(dividedBy(CompliantCity.STREET_OFFICE, "  ")), "ZG-07-04")).hasSize(1);
    }

    @Test
    void ZG_07_04_a_grid_divided_by_a_grid_agency_is_never_a_parallel_grid() {
        assertThat(findings(CompliantCity.with(dividedBy(CompliantCity.CITY_AGENCY, null)), "ZG-07-04")).isEmpty();
        assertThat(findings(CompliantCity.snapshot(), "ZG-07-04")).isEmpty();
    }

    // ---------------------------------------------------------------- ZG-07-02

    @Test
    void ZG_07_02_a_code_breaking_the_scheme_is_reported_with_the_schemes_reasons_in_both_languages() {
        List<Finding> findings = findings(CompliantCity.with(coded(CompliantCity.COMMUNITY_CODE + "000")), "ZG-07-02");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo(CompliantCity.COMMUNITY_GRID);
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.occurredOn()).isEqualTo(CompliantCity.AS_OF);
            assertThat(f.evidence()).containsEntry("code", "510302001001000").containsEntry("scheme", "zigong-default-v1");
            assertThat(f.evidence().get("problemsEn")).contains("digits 13-15");
            assertThat(f.evidence().get("problemsZh")).contains("网格序号");
            assertThat(f.messageZh()).contains("编码510302001001000不符合统一编码标准").contains("第 13–15 位网格序号").doesNotContain("{");
            assertThat(f.messageEn()).contains("code 510302001001000").contains("zigong-default-v1").doesNotContain("{");
        });
    }

    @Test
    void ZG_07_02_a_code_of_a_county_outside_zigong_breaks_the_zigong_scheme() {
        List<Finding> findings = findings(CompliantCity.with(coded("110101001001001")), "ZG-07-02");
        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.evidence().get("problemsEn")).contains("county of Zigong"));
    }

    @Test
    void ZG_07_02_a_code_of_the_wrong_length_breaks_the_scheme() {
        assertThat(findings(CompliantCity.with(coded(CompliantCity.COMMUNITY_CODE + "0011")), "ZG-07-02")).hasSize(1);
        assertThat(findings(CompliantCity.with(coded("G-" + CompliantCity.COMMUNITY_CODE)), "ZG-07-02")).hasSize(1);
    }

    @Test
    void ZG_07_02_a_conforming_code_naming_another_village_than_the_grids_breaches() {
        List<Finding> findings = findings(CompliantCity.with(coded(CompliantCity.VILLAGE_CODE + "009")), "ZG-07-02");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("encodedDivision", CompliantCity.VILLAGE_CODE);
            assertThat(f.messageEn()).contains("names community or village 510321100201, but the grid lies in 510302001001");
        });
    }

    @Test
    void ZG_07_02_two_grids_in_effect_with_the_same_code_are_both_reported() {
        Grid dedicated = new Grid(CompliantCity.DEDICATED_GRID, GridCode.of(CompliantCity.COMMUNITY_CODE + "001"), "某医院专属网格",
                GridKind.DEDICATED, org.wangge.kernel.model.grid.DedicatedPlaceKind.HOSPITAL, Set.of(CompliantCity.COMMUNITY_CODE),
                0, 0, "医院院区", CompliantCity.ZLJ_AGENCY, null, CompliantCity.STREET_OFFICE, CompliantCity.HOSPITAL,
                GridStatus.ACTIVE, START, null);
        List<Finding> findings = findings(CompliantCity.with(dedicated), "ZG-07-02");
        assertThat(findings).extracting(f -> f.subject().id())
                .containsExactlyInAnyOrder(CompliantCity.COMMUNITY_GRID, CompliantCity.DEDICATED_GRID);
        assertThat(findings).filteredOn(f -> f.subject().id().equals(CompliantCity.COMMUNITY_GRID)).singleElement()
                .satisfies(f -> {
                    assertThat(f.evidence()).containsEntry("duplicateOf", CompliantCity.DEDICATED_GRID)
                            .containsEntry("code", "510302001001001");
                    assertThat(f.messageZh()).contains("的编码510302001001001与网格G-DED-1重复").doesNotContain("{");
                });
    }

    @Test
    void ZG_07_02_a_retired_grid_no_longer_in_effect_may_have_had_the_same_code() {
        Grid old = new Grid("G-OLD", GridCode.of(CompliantCity.COMMUNITY_CODE + "001"), "旧网格", GridKind.COMMUNITY, null,
                Set.of(CompliantCity.COMMUNITY_CODE), 400, 1000, "旧区域", CompliantCity.ZLJ_AGENCY, null, null, null,
                GridStatus.RETIRED, START, LocalDate.of(2025, 6, 29));
        assertThat(findings(CompliantCity.with(old), "ZG-07-02")).isEmpty();
        // still in effect on its last day: both grids are reported
        assertThat(check(CompliantCity.with(old), LocalDate.of(2025, 6, 29)).findings("ZG-07-02")).hasSize(2);
    }

    // ---------------------------------------------------------------- ZG-07-03

    @Test
    void ZG_07_03_an_unfiled_change_on_the_last_day_of_grace_is_pending_as_a_warning() {
        List<Finding> findings = findings(CompliantCity.with(adjustment(LocalDate.of(2025, 5, 31))), "ZG-07-03");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().kind()).isEqualTo("GridChange");
            assertThat(f.subject().id()).isEqualTo("C-9");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 5, 31));
            assertThat(f.evidence()).containsEntry("deadline", "2025-06-30").containsEntry("graceDays", "30")
                    .containsEntry("kind", "ADJUSTMENT");
            assertThat(f.messageZh()).contains("网格变更C-9（网格调整，2025年5月31日生效）尚未报市网格化服务管理工作机构备案").contains("备案宽限期至2025年6月30日届满")
                    .contains("时限为本地设定").doesNotContain("{");
            assertThat(f.messageEn()).contains("Grid change C-9 (adjustment, effective 31 May 2025)").contains("until 30 June 2025")
                    .contains("Art. 7 ¶2").doesNotContain("{");
        });
    }

    @Test
    void ZG_07_03_an_unfiled_change_the_day_after_grace_is_a_violation() {
        List<Finding> findings = findings(CompliantCity.with(adjustment(LocalDate.of(2025, 5, 30))), "ZG-07-03");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.evidence()).containsEntry("deadline", "2025-06-29").containsEntry("kind", "ADJUSTMENT");
            assertThat(f.messageEn()).contains("the filing grace ended on 29 June 2025").doesNotContain("{");
            assertThat(f.messageZh()).contains("逾期未报市网格化服务管理工作机构备案，备案宽限期已于2025年6月29日届满").doesNotContain("{");
        });
    }

    @Test
    void ZG_07_03_a_change_filed_on_the_last_day_of_grace_is_compliant() {
        assertThat(findings(CompliantCity.with(adjustment(LocalDate.of(2025, 5, 30)),
                filing(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 6, 29))), "ZG-07-03")).isEmpty();
    }

    @Test
    void ZG_07_03_a_change_filed_late_but_before_the_check_date_is_compliant_as_of_the_check_date() {
        assertThat(findings(CompliantCity.with(adjustment(LocalDate.of(2025, 3, 1)),
                filing(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 6, 30))), "ZG-07-03")).isEmpty();
        // as of the day before it was filed, it was overdue
        assertThat(check(CompliantCity.with(adjustment(LocalDate.of(2025, 3, 1)),
                filing(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 6, 30))), LocalDate.of(2025, 6, 29)).findings("ZG-07-03"))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void ZG_07_03_a_filing_with_an_organisation_other_than_the_city_agency_does_not_count() {
        List<Finding> findings = findings(CompliantCity.with(adjustment(LocalDate.of(2025, 3, 1)),
                filing(CompliantCity.ZLJ_AGENCY, LocalDate.of(2025, 3, 5))), "ZG-07-03");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void ZG_07_03_a_filing_dated_after_the_check_date_does_not_count_yet() {
        assertThat(findings(CompliantCity.with(adjustment(LocalDate.of(2025, 3, 1)),
                filing(CompliantCity.CITY_AGENCY, LocalDate.of(2025, 7, 1))), "ZG-07-03")).hasSize(1);
    }

    @Test
    void ZG_07_03_the_compliant_citys_initial_division_without_its_filing_is_overdue() {
        List<Finding> findings = findings(CompliantCity.without(f -> f instanceof Filing fi && fi.id().equals("F-1")), "ZG-07-03");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo("C-1");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.evidence()).containsEntry("kind", "DIVISION").containsEntry("deadline", "2024-03-02");
        });
    }

    @Test
    void ZG_07_03_a_change_taking_effect_after_the_check_date_gives_no_finding_yet() {
        assertThat(findings(CompliantCity.with(adjustment(LocalDate.of(2025, 7, 1))), "ZG-07-03")).isEmpty();
    }

    @Test
    void ZG_07_03_a_change_effective_before_the_measures_took_force_gives_no_finding() {
        assertThat(findings(CompliantCity.with(adjustment(LocalDate.of(2024, 1, 31))), "ZG-07-03")).isEmpty();
        assertThat(findings(CompliantCity.with(adjustment(LocalDate.of(2024, 2, 1))), "ZG-07-03")).hasSize(1);
    }
}
