package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.rules.zigong.CaseFixtures.kase;
import static org.wangge.kernel.rules.zigong.CaseFixtures.timeline;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-23-01: an accepted case reporting obstruction of a grid worker is assigned to public security: a finding when it is
 * assigned to anyone else, or left unassigned past obstruction.route.limit.working-days (1) working day after acceptance.
 */
class Art23ObstructionTest extends RuleTestSupport {

    static Case obstruction(String accepted, String assigned, String department) {
        String collected = accepted.substring(0, 10) + "T08:00";
        return kase("K-3", MatterCategory.PUBLIC_OPINION, CompliantCity.MATTER_OPINION, false, true,
                timeline(collected, null, collected, accepted, assigned, null), department, List.of());
    }

    @Test
    void ZG_23_01_an_obstruction_case_assigned_to_public_security_is_compliant() {
        assertThat(findings(CompliantCity.with(obstruction("2025-06-23T09:00", "2025-06-23T10:00", CompliantCity.PUBLIC_SECURITY)),
                "ZG-23-01")).isEmpty();
    }

    @Test
    void ZG_23_01_an_obstruction_case_assigned_to_civil_affairs_is_a_violation() {
        List<Finding> findings = findings(CompliantCity.with(obstruction("2025-06-23T09:00", "2025-06-23T10:00", CompliantCity.CIVIL_AFFAIRS)),
                "ZG-23-01");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().kind()).isEqualTo("Case");
        assertThat(f.subject().id()).isEqualTo("K-3");
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 23));
        assertThat(f.evidence()).containsEntry("assignedTo", CompliantCity.CIVIL_AFFAIRS);
        assertThat(f.messageZh()).contains("阻碍网格员工作的事项 K-3 交办给 " + CompliantCity.CIVIL_AFFAIRS + "；应交公安机关依法处理")
                .contains("第二十三条").doesNotContain("{");
        assertThat(f.messageEn()).contains("Case K-3 reporting obstruction of a grid worker was assigned to " + CompliantCity.CIVIL_AFFAIRS
                + "; it must go to public security").doesNotContain("{");
    }

    @Test
    void ZG_23_01_an_obstruction_case_assigned_to_a_street_office_is_a_violation() {
        assertThat(findings(CompliantCity.with(obstruction("2025-06-23T09:00", "2025-06-23T10:00", CompliantCity.STREET_OFFICE)),
                "ZG-23-01")).hasSize(1);
    }

    @Test
    void ZG_23_01_an_ordinary_case_assigned_to_civil_affairs_is_not_checked() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-23-01")).isEmpty();
    }

    @Test
    void ZG_23_01_an_obstruction_case_left_unassigned_is_in_time_to_the_end_of_the_first_working_day_after_the_holiday() {
        Case unassigned = obstruction("2024-09-30T10:00", null, null); // accepted Mon before National Day: deadline end of Tue 10-08
        assertThat(check(CompliantCity.with(unassigned), LocalDate.of(2024, 10, 8)).findings("ZG-23-01")).isEmpty();
        List<Finding> findings = check(CompliantCity.with(unassigned), LocalDate.of(2024, 10, 9)).findings("ZG-23-01");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.evidence()).containsEntry("assignedTo", "-").containsEntry("accepted", "2024-09-30T10:00")
                .containsEntry("deadline", "2024-10-08T23:59:59");
        assertThat(f.messageEn()).contains("was accepted 2024-09-30T10:00 but not assigned by 2024-10-08T23:59:59 (1 working day(s))")
                .doesNotContain("{");
        assertThat(f.messageZh()).contains("仍未交办").doesNotContain("{");
    }

    @Test
    void ZG_23_01_an_obstruction_case_assigned_to_public_security_late_is_still_routed_to_public_security() {
        assertThat(findings(CompliantCity.with(obstruction("2024-09-30T10:00", "2024-10-09T09:00", CompliantCity.PUBLIC_SECURITY)),
                "ZG-23-01")).isEmpty();
    }

    @Test
    void ZG_23_01_an_obstruction_case_not_yet_accepted_is_not_checked() {
        Case reportedOnly = kase("K-3", MatterCategory.PUBLIC_OPINION, CompliantCity.MATTER_OPINION, false, true,
                timeline("2025-06-30T08:00", null, "2025-06-30T08:00", null, null, null), null, List.of());
        assertThat(findings(CompliantCity.with(reportedOnly), "ZG-23-01")).isEmpty();
    }

    @Test
    void ZG_23_01_the_routing_table_names_public_security_for_obstruction_so_ZG_15_02_agrees() {
        var snapshot = CompliantCity.with(obstruction("2025-06-23T09:00", "2025-06-23T10:00", CompliantCity.PUBLIC_SECURITY));
        assertThat(findings(snapshot, "ZG-15-02")).isEmpty();
        assertThat(findings(snapshot, "ZG-23-01")).isEmpty();
    }
}
