package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.EmploymentType;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/** ZG-12-01: the county-level agency staffs every active grid with at least one grid worker (Art. 12 ¶1). */
class Art12GridWorkersTest extends RuleTestSupport {

    private static final LocalDate START = LocalDate.of(2024, 2, 1);
    private static final String ASSIGNMENT = "A-" + CompliantCity.WORKER_COMMUNITY;

    static Assignment assignment(String by, LocalDate to) {
        return new Assignment(ASSIGNMENT, CompliantCity.WORKER_COMMUNITY, CompliantCity.COMMUNITY_GRID, by, START, to);
    }

    static GridWorker worker(LocalDate serviceTo) {
        return new GridWorker(CompliantCity.WORKER_COMMUNITY, PersonName.of("李网格"), null, MobileNumber.of("13912345678"),
                EmploymentType.FULL_TIME, START, serviceTo);
    }

    @Test
    void ZG_12_01_every_grid_of_the_compliant_city_has_a_serving_worker_assigned_by_its_county_agency() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-12-01")).isEmpty();
    }

    @Test
    void ZG_12_01_a_grid_without_any_assignment_breaches() {
        List<Finding> findings = findings(CompliantCity.without(f -> f instanceof Assignment a && a.id().equals(ASSIGNMENT)), "ZG-12-01");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().kind()).isEqualTo("Grid");
            assertThat(f.subject().id()).isEqualTo(CompliantCity.COMMUNITY_GRID);
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.occurredOn()).isEqualTo(CompliantCity.AS_OF);
            assertThat(f.evidence()).containsEntry("gridCode", "510302001001001");
            assertThat(f.messageZh()).contains("网格G-COMM-1（檀木林社区第一网格）截至2025年6月30日没有由所在县（区）网格化服务管理工作机构配备的在岗网格员")
                    .contains("第十二条第一款").doesNotContain("{");
            assertThat(f.messageEn()).contains("has, as of 30 June 2025, no serving grid worker assigned by the county-level grid agency of its own county")
                    .contains("Art. 12 ¶1").doesNotContain("{");
            assertThat(f.ruleFile()).isEqualTo("art12-grid-workers.drl");
        });
    }

    @Test
    void ZG_12_01_a_worker_assigned_by_the_street_office_does_not_staff_the_grid() {
        assertThat(findings(CompliantCity.with(assignment(CompliantCity.STREET_OFFICE, null)), "ZG-12-01"))
                .extracting(f -> f.subject().id()).containsExactly(CompliantCity.COMMUNITY_GRID);
    }

    @Test
    void ZG_12_01_a_worker_assigned_by_the_agency_of_another_county_does_not_staff_the_grid() {
        // 荣县's agency assigns a worker to a grid of 自流井区: not the agency that divides that grid (所划分网格)
        assertThat(findings(CompliantCity.with(assignment(CompliantCity.RONG_AGENCY, null)), "ZG-12-01"))
                .extracting(f -> f.subject().id()).containsExactly(CompliantCity.COMMUNITY_GRID);
        assertThat(findings(CompliantCity.with(assignment(CompliantCity.ZLJ_AGENCY, null)), "ZG-12-01")).isEmpty();
    }

    @Test
    void ZG_12_01_a_worker_assigned_by_the_city_agency_does_not_staff_the_grid() {
        assertThat(findings(CompliantCity.with(assignment(CompliantCity.CITY_AGENCY, null)), "ZG-12-01")).hasSize(1);
    }

    @Test
    void ZG_12_01_an_assignment_ending_on_the_check_date_still_staffs_the_grid_and_one_ending_the_day_before_does_not() {
        assertThat(findings(CompliantCity.with(assignment(CompliantCity.ZLJ_AGENCY, CompliantCity.AS_OF)), "ZG-12-01")).isEmpty();
        assertThat(findings(CompliantCity.with(assignment(CompliantCity.ZLJ_AGENCY, CompliantCity.AS_OF.minusDays(1))), "ZG-12-01"))
                .hasSize(1);
    }

    @Test
    void ZG_12_01_a_worker_whose_service_ends_on_the_check_date_still_staffs_the_grid_and_one_who_left_the_day_before_does_not() {
        assertThat(findings(CompliantCity.with(worker(CompliantCity.AS_OF)), "ZG-12-01")).isEmpty();
        assertThat(findings(CompliantCity.with(worker(CompliantCity.AS_OF.minusDays(1))), "ZG-12-01"))
                .extracting(f -> f.subject().id()).containsExactly(CompliantCity.COMMUNITY_GRID);
    }

    @Test
    void ZG_12_01_one_county_assigned_worker_suffices_beside_others_assigned_by_other_bodies() {
        Assignment extra = new Assignment("A-EXTRA", CompliantCity.WORKER_VILLAGE, CompliantCity.COMMUNITY_GRID,
                CompliantCity.STREET_OFFICE, START, null);
        assertThat(findings(CompliantCity.with(extra), "ZG-12-01")).isEmpty();
    }

    @Test
    void ZG_12_01_a_grid_that_is_not_active_needs_no_worker() {
        Grid planned = new Grid("G-PLAN", GridCode.of(CompliantCity.COMMUNITY_CODE + "003"), "规划网格", GridKind.COMMUNITY, null,
                Set.of(CompliantCity.COMMUNITY_CODE), 400, 1000, "规划区域", CompliantCity.ZLJ_AGENCY, null, null, null,
                GridStatus.PLANNED, LocalDate.of(2025, 9, 1), null);
        assertThat(findings(CompliantCity.with(planned), "ZG-12-01")).isEmpty();
    }

    @Test
    void ZG_12_01_gives_no_finding_before_the_measures_are_in_force() {
        assertThat(check(CompliantCity.without(f -> f instanceof Assignment a && a.id().equals(ASSIGNMENT)),
                LocalDate.of(2024, 1, 31)).findings("ZG-12-01")).isEmpty();
    }
}
