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
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-23-01 (POLICY): an accepted case reporting obstruction of a grid worker is referred to public security by the local
 * routing: a WARNING saying the rule is local when it is assigned to anyone else, left unassigned past
 * obstruction.route.limit.working-days (1) working day after acceptance, or referred only after that. The text binds public
 * security (由公安机关依法处理); the messages never say the Measures impose a routing duty.
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
    void ZG_23_01_an_obstruction_case_assigned_to_civil_affairs_is_a_policy_warning_of_the_local_routing() {
        List<Finding> findings = findings(CompliantCity.with(obstruction("2025-06-23T09:00", "2025-06-23T10:00", CompliantCity.CIVIL_AFFAIRS)),
                "ZG-23-01");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.basis()).isEqualTo(Basis.POLICY);
        assertThat(f.consequence()).isNull();
        assertThat(f.appliedPolicies()).extracting(p -> p.key()).containsExactly("table:routing");
        assertThat(f.subject().kind()).isEqualTo("Case");
        assertThat(f.subject().id()).isEqualTo("K-3");
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 23));
        assertThat(f.evidence()).containsEntry("assignedTo", CompliantCity.CIVIL_AFFAIRS);
        assertThat(f.messageZh()).isEqualTo("报告网格员依法开展工作受到阻碍的事件K-3，于2025年6月23日10时交办给" + CompliantCity.CIVIL_AFFAIRS
                + "，未按本地分流规定移交公安机关，不符合《自贡市城乡社会治理网格化服务管理办法》第二十三条“由公安机关依法处理”的规定。"
                + "分流表为本地设定，尚无地方规范性文件确定。");
        assertThat(f.messageEn()).contains("Case K-3, reporting that a grid worker was obstructed in lawful work, was assigned to "
                + CompliantCity.CIVIL_AFFAIRS).contains("as local routing provides").contains("set locally").doesNotContain("must")
                .doesNotContain("{");
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
        assertThat(f.basis()).isEqualTo(Basis.POLICY);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(f.evidence()).containsEntry("accepted", "2024-09-30T10:00").containsEntry("deadline", "2024-10-08T23:59:59");
        assertThat(f.appliedPolicies()).extracting(p -> p.key()).containsExactly("obstruction.route.limit.working-days");
        assertThat(f.messageZh()).isEqualTo("报告网格员依法开展工作受到阻碍的事件K-3于2024年9月30日10时受理，至2024年10月8日23时59分仍未移交公安机关，"
                + "不符合《自贡市城乡社会治理网格化服务管理办法》第二十三条“由公安机关依法处理”的规定。时限为本地设定（移交公安机关时限：1个工作日），尚无地方规范性文件确定。");
        assertThat(f.messageEn()).contains("was accepted on").contains("not referred to public security by").doesNotContain("{");
    }

    @Test
    void ZG_23_01_an_obstruction_case_referred_to_public_security_within_the_limit_is_compliant_and_one_referred_after_it_is_late() {
        assertThat(findings(CompliantCity.with(obstruction("2024-09-30T10:00", "2024-10-08T23:00", CompliantCity.PUBLIC_SECURITY)),
                "ZG-23-01")).isEmpty();
        Finding late = findings(CompliantCity.with(obstruction("2024-09-30T10:00", "2024-10-09T09:00", CompliantCity.PUBLIC_SECURITY)),
                "ZG-23-01").get(0);
        assertThat(late.basis()).isEqualTo(Basis.POLICY);
        assertThat(late.severity()).isEqualTo(Severity.WARNING);
        assertThat(late.occurredOn()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(late.messageZh()).startsWith("报告网格员依法开展工作受到阻碍的事件K-3于2024年9月30日10时受理，至2024年10月9日9时方移交公安机关（"
                + CompliantCity.PUBLIC_SECURITY + "），晚于2024年10月8日23时59分");
    }

    @Test
    void ZG_23_01_a_limit_that_fell_due_before_2024_02_01_gives_no_finding() {
        // accepted Tue 2024-01-30: due end of Wed 01-31, before the Measures; accepted Wed 01-31: due end of Thu 02-01
        assertThat(check(CompliantCity.with(obstruction("2024-01-30T10:00", null, null)), LocalDate.of(2024, 3, 1)).findings("ZG-23-01"))
                .isEmpty();
        assertThat(check(CompliantCity.with(obstruction("2024-01-31T10:00", null, null)), LocalDate.of(2024, 3, 1)).findings("ZG-23-01"))
                .hasSize(1);
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
