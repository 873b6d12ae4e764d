package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.rules.zigong.CaseFixtures.kase;
import static org.wangge.kernel.rules.zigong.CaseFixtures.t;
import static org.wangge.kernel.rules.zigong.CaseFixtures.taskFromAbove;
import static org.wangge.kernel.rules.zigong.CaseFixtures.timeline;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.Supervision;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.RuleEngine;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-15-01 (acceptance within case.accept.limit.working-days), ZG-15-02 (assignment to a department the routing table
 * names), ZG-15-03 (feedback within case.handle.limit.working-days, or case.handle.limit.hazard.hours for hazards).
 * Working days follow the PRC calendar: 2024-10-01..07 National Day holiday, Sun 2024-09-29 and Sat 2024-10-12 make-up
 * working days.
 */
class Art15PlatformAndDepartmentsTest extends RuleTestSupport {

    // ZG-15-01 -------------------------------------------------------------------------------------------------

    static Case reportedAndAccepted(String reported, String accepted) {
        return kase("K-3", MatterCategory.PUBLIC_OPINION, CompliantCity.MATTER_OPINION, false, false,
                timeline(reported, null, reported, accepted, null, null), null, List.of());
    }

    @ParameterizedTest(name = "reported {0}, accepted {1}: finding = {2}")
    @CsvSource({
            "2024-09-30T10:00, 2024-10-08T23:59, false",  // Mon before National Day: deadline is the end of Tue 10-08
            "2024-09-30T10:00, 2024-10-09T00:00, true",   // the next morning is late
            "2024-09-28T10:00, 2024-09-29T23:59, false",  // Sat: Sun 09-29 is a make-up working day, the deadline
            "2024-09-28T10:00, 2024-09-30T09:00, true",   // Monday is already late
            "2024-10-11T10:00, 2024-10-12T18:00, false",  // Fri: Sat 10-12 is a make-up working day
            "2024-10-11T10:00, 2024-10-14T09:00, true"})
    void ZG_15_01_a_reported_case_is_accepted_within_one_working_day(String reported, String accepted, boolean fires) {
        assertThat(findings(CompliantCity.with(reportedAndAccepted(reported, accepted)), "ZG-15-01")).hasSize(fires ? 1 : 0);
    }

    @Test
    void ZG_15_01_finding_shows_the_working_day_deadline_across_the_holiday() {
        List<Finding> findings = findings(CompliantCity.with(reportedAndAccepted("2024-09-30T10:00", "2024-10-09T08:30")), "ZG-15-01");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().id()).isEqualTo("K-3");
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(f.evidence()).containsEntry("reported", "2024-09-30T10:00").containsEntry("limitWorkingDays", "1")
                .containsEntry("deadline", "2024-10-08T23:59:59").containsEntry("accepted", "2024-10-09T08:30");
        assertThat(f.messageZh()).contains("事项 K-3 于 2024年9月30日10时 上报，限 1 个工作日内（至 2024年10月8日23时59分）受理")
                .contains("2024-10-09T08:30 受理").contains("第十五条第一款").doesNotContain("{");
        assertThat(f.messageEn()).contains("not accepted within 1 working day(s) (by 8 October 2024 23:59): accepted 2024-10-09T08:30")
                .doesNotContain("{");
    }

    @Test
    void ZG_15_01_a_case_still_unaccepted_after_its_deadline_is_a_violation_until_accepted() {
        Case pending = reportedAndAccepted("2025-06-26T10:00", null); // Thu: deadline end of Fri 06-27
        assertThat(check(CompliantCity.with(pending), LocalDate.of(2025, 6, 27)).findings("ZG-15-01")).isEmpty();
        List<Finding> findings = check(CompliantCity.with(pending), LocalDate.of(2025, 6, 28)).findings("ZG-15-01");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).evidence()).containsEntry("accepted", "-");
        assertThat(findings.get(0).messageEn()).contains("not accepted as of 2025-06-28");
    }

    @Test
    void ZG_15_01_a_case_resolved_on_the_spot_is_never_reported_and_not_checked() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-15-01")).isEmpty(); // K-2 was resolved on the spot
    }

    // ZG-15-02 -------------------------------------------------------------------------------------------------

    static Case assignedTo(String department, MatterCategory category, boolean obstruction) {
        return kase(CompliantCity.CASE_ASSIGNED, category, CompliantCity.MATTER_OPINION, false, obstruction,
                timeline("2025-06-02T09:00", null, "2025-06-02T10:00", "2025-06-02T14:00", "2025-06-02T15:00", "2025-06-05T16:00"),
                department, List.of());
    }

    @Test
    void ZG_15_02_public_opinion_assigned_to_civil_affairs_is_compliant() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-15-02")).isEmpty();
    }

    @Test
    void ZG_15_02_public_opinion_assigned_to_emergency_management_is_a_violation_naming_the_routing_table() {
        List<Finding> findings = findings(CompliantCity.with(assignedTo(CompliantCity.EMERGENCY, MatterCategory.PUBLIC_OPINION, false)), "ZG-15-02");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().id()).isEqualTo(CompliantCity.CASE_ASSIGNED);
        assertThat(f.evidence()).containsEntry("category", "PUBLIC_OPINION").containsEntry("department", CompliantCity.EMERGENCY)
                .containsEntry("departmentKind", "EMERGENCY_MANAGEMENT")
                .containsEntry("responsible", "CIVIL_AFFAIRS,GOVERNMENT_SERVICES_DIGITAL");
        assertThat(f.messageZh()).contains("事项 K-1（PUBLIC_OPINION）交办给 " + CompliantCity.EMERGENCY + "（EMERGENCY_MANAGEMENT），不属其职责")
                .contains("按分流表应交办：CIVIL_AFFAIRS,GOVERNMENT_SERVICES_DIGITAL").doesNotContain("{");
        assertThat(f.messageEn()).contains("the routing table names: CIVIL_AFFAIRS,GOVERNMENT_SERVICES_DIGITAL").doesNotContain("{");
    }

    @ParameterizedTest(name = "{0} assigned to {1}: finding = {2}")
    @CsvSource({
            "SAFETY_HAZARDS, ORG-ZLJ-EMERGENCY, false",
            "SAFETY_HAZARDS, ORG-ZLJ-PSB, true",
            "DISPUTES, ORG-ZLJ-PSB, false",
            "DISPUTES, ORG-ZLJ-CIVIL, true",
            "RENTAL_HOUSING_AND_FLOATING_POPULATION, ORG-ZLJ-PSB, false",
            "RENTAL_HOUSING_AND_FLOATING_POPULATION, ORG-ZLJ-CIVIL, true",
            "BASIC_INFORMATION, ORG-ZLJ-CIVIL, false",
            "BASIC_INFORMATION, ORG-ZLJ-PSB, false",
            "BASIC_INFORMATION, ORG-ZLJ-EMERGENCY, true",
            "PUBLICITY, ORG-ZLJ-EMERGENCY, false",
            "PUBLIC_WELFARE_AND_CONVENIENCE, ORG-ZLJ-CIVIL, false",
            "PUBLIC_WELFARE_AND_CONVENIENCE, ORG-ZLJ-PSB, true",
            "ASSIGNED_BY_PARTY_AND_GOVERNMENT, ORG-ZLJ-PSB, false",
            "ASSIGNED_BY_PARTY_AND_GOVERNMENT, ORG-ZLJ-EMERGENCY, false",
            "OUTSIDE_ARTICLE_9, ORG-ZLJ-CIVIL, true"})
    void ZG_15_02_the_routing_table_decides_which_department_kinds_may_receive_a_case(MatterCategory category, String department, boolean fires) {
        assertThat(findings(CompliantCity.with(assignedTo(department, category, false)), "ZG-15-02")).hasSize(fires ? 1 : 0);
    }

    @Test
    void ZG_15_02_safety_hazards_go_to_emergency_management_or_fire_rescue() {
        Finding f = findings(CompliantCity.with(assignedTo(CompliantCity.PUBLIC_SECURITY, MatterCategory.SAFETY_HAZARDS, false)), "ZG-15-02").get(0);
        assertThat(f.evidence()).containsEntry("responsible", "EMERGENCY_MANAGEMENT,FIRE_RESCUE").containsEntry("departmentKind", "PUBLIC_SECURITY");
    }

    @Test
    void ZG_15_02_a_category_the_table_does_not_route_names_no_responsible_department() {
        Finding f = findings(CompliantCity.with(assignedTo(CompliantCity.CIVIL_AFFAIRS, MatterCategory.OUTSIDE_ARTICLE_9, false)), "ZG-15-02").get(0);
        assertThat(f.evidence()).containsEntry("responsible", "-");
    }

    @Test
    void ZG_15_02_an_obstruction_case_may_go_to_public_security_whatever_its_category() {
        assertThat(findings(CompliantCity.with(assignedTo(CompliantCity.PUBLIC_SECURITY, MatterCategory.PUBLIC_OPINION, true)), "ZG-15-02")).isEmpty();
        Finding f = findings(CompliantCity.with(assignedTo(CompliantCity.EMERGENCY, MatterCategory.PUBLIC_OPINION, true)), "ZG-15-02").get(0);
        assertThat(f.evidence()).containsEntry("responsible", "CIVIL_AFFAIRS,GOVERNMENT_SERVICES_DIGITAL,PUBLIC_SECURITY");
    }

    @Test
    void ZG_15_02_a_department_of_kind_other_receives_only_tasks_from_above() {
        Organisation other = new Organisation("ORG-ZLJ-OTHER", "自流井区某局", OrganisationKind.DEPARTMENT, GovernmentLevel.COUNTY,
                DepartmentKind.OTHER, "510302", null);
        Case task = taskFromAbove("K-3", MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, CompliantCity.MATTER_OPINION,
                timeline("2025-06-02T09:00", null, "2025-06-02T09:00", "2025-06-02T10:00", "2025-06-02T11:00", "2025-06-03T11:00"),
                "ORG-ZLJ-OTHER");
        assertThat(findings(CompliantCity.with(other, task), "ZG-15-02")).isEmpty();
        assertThat(findings(CompliantCity.with(other, assignedTo("ORG-ZLJ-OTHER", MatterCategory.DISPUTES, false)), "ZG-15-02")).hasSize(1);
    }

    @Test
    void ZG_15_02_every_routing_table_rule_carries_definition_and_citation_metadata() {
        List<RuleEngine.RuleInfo> table = ENGINE.rules(CompliantCity.AS_OF).stream()
                .filter(r -> r.file().equals("routing.drl.csv")).toList();
        assertThat(table).hasSize(23); // one rule per row of the table
        assertThat(table).allSatisfy(r -> {
            assertThat(r.definition()).startsWith("ResponsibleDepartment:");
            assertThat(r.constraintId()).isNull();
            assertThat(r.citation().article()).isIn(15, 23);
        });
    }

    // ZG-15-03 -------------------------------------------------------------------------------------------------

    static Case assignedAndFedBack(boolean hazard, String assigned, String fedBack, List<Supervision> supervisions) {
        LocalDate day = t(assigned).toLocalDate();
        String start = day + "T08:00";
        return kase("K-3", hazard ? MatterCategory.SAFETY_HAZARDS : MatterCategory.PUBLIC_OPINION,
                hazard ? CompliantCity.MATTER_HAZARD : CompliantCity.MATTER_OPINION, hazard, false,
                timeline(start, null, start, start, assigned, fedBack), hazard ? CompliantCity.EMERGENCY : CompliantCity.CIVIL_AFFAIRS,
                supervisions);
    }

    @ParameterizedTest(name = "assigned {0}, fed back {1}: finding = {2}")
    @CsvSource({
            "2024-09-27T10:00, 2024-10-10T23:59, false",  // Fri: Sun 09-29 (1), Mon 09-30 (2), holiday, 10-08..10 (3..5)
            "2024-09-27T10:00, 2024-10-11T00:00, true",
            "2025-06-03T10:00, 2025-06-10T23:59, false",  // Tue: five working days end Tue 06-10
            "2025-06-03T10:00, 2025-06-11T09:00, true"})
    void ZG_15_03_a_department_feeds_back_within_five_working_days(String assigned, String fedBack, boolean fires) {
        assertThat(findings(CompliantCity.with(assignedAndFedBack(false, assigned, fedBack, List.of())), "ZG-15-03")).hasSize(fires ? 1 : 0);
    }

    @Test
    void ZG_15_03_late_feedback_is_a_violation_showing_the_limit_and_whether_it_was_supervised() {
        Case late = assignedAndFedBack(false, "2024-09-27T10:00", "2024-10-11T09:00",
                List.of(new Supervision(t("2024-10-11T08:00"), CompliantCity.ZLJ_AGENCY, "反馈逾期")));
        List<Finding> findings = findings(CompliantCity.with(late), "ZG-15-03");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().id()).isEqualTo("K-3");
        assertThat(f.evidence()).containsEntry("department", CompliantCity.CIVIL_AFFAIRS).containsEntry("assigned", "2024-09-27T10:00")
                .containsEntry("deadline", "2024-10-10T23:59:59").containsEntry("fedBack", "2024-10-11T09:00")
                .containsEntry("supervised", "yes").containsEntry("limitEn", "5 working day(s)");
        assertThat(f.messageZh()).contains("事项 K-3 于 2024年9月27日10时 交办给 " + CompliantCity.CIVIL_AFFAIRS + "，限 5 个工作日（至 2024年10月10日23时59分）反馈")
                .contains("实际：2024-10-11T09:00 反馈；督办：是").contains("第十五条第二款").doesNotContain("{");
        assertThat(f.messageEn()).contains("had no feedback within 5 working day(s) (by 10 October 2024 23:59); fed back: 2024-10-11T09:00; supervised: yes")
                .doesNotContain("{");
    }

    @Test
    void ZG_15_03_a_supervision_before_the_deadline_does_not_count_as_supervision_of_the_overdue_case() {
        Case late = assignedAndFedBack(false, "2024-09-27T10:00", "2024-10-11T09:00",
                List.of(new Supervision(t("2024-10-10T08:00"), CompliantCity.ZLJ_AGENCY, "提醒")));
        assertThat(findings(CompliantCity.with(late), "ZG-15-03").get(0).evidence()).containsEntry("supervised", "no");
    }

    @ParameterizedTest(name = "hazard assigned {0}, fed back {1}: finding = {2}")
    @CsvSource({
            "2025-06-03T10:00, 2025-06-04T10:00, false",  // exactly 24 clock hours
            "2025-06-03T10:00, 2025-06-04T10:01, true"})  // a minute later
    void ZG_15_03_a_safety_hazard_gets_feedback_within_24_clock_hours(String assigned, String fedBack, boolean fires) {
        List<Finding> findings = findings(CompliantCity.with(assignedAndFedBack(true, assigned, fedBack, List.of())), "ZG-15-03");
        assertThat(findings).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(findings.get(0).evidence()).containsEntry("limitEn", "24 hours").containsEntry("deadline", "2025-06-04T10:00")
                    .containsEntry("department", CompliantCity.EMERGENCY);
        }
    }

    @Test
    void ZG_15_03_an_unanswered_overdue_case_stays_flagged_until_feedback() {
        // Fri 2025-06-20: five working days end Fri 06-27.
        Case unanswered = assignedAndFedBack(false, "2025-06-20T10:00", null,
                List.of(new Supervision(t("2025-06-28T09:00"), CompliantCity.ZLJ_AGENCY, "反馈逾期督办")));
        assertThat(check(CompliantCity.with(unanswered), LocalDate.of(2025, 6, 27)).findings("ZG-15-03")).isEmpty();
        List<Finding> findings = findings(CompliantCity.with(unanswered), "ZG-15-03");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).evidence()).containsEntry("fedBack", "-").containsEntry("supervised", "yes")
                .containsEntry("deadline", "2025-06-27T23:59:59");
        assertThat(findings.get(0).messageEn()).contains("fed back: none as of 2025-06-30");
        assertThat(findings.get(0).messageZh()).contains("截至 2025-06-30 未反馈");
        assertThat(check(CompliantCity.with(unanswered), LocalDate.of(2025, 9, 30)).findings("ZG-15-03")).hasSize(1);
    }

    @Test
    void ZG_15_03_the_compliant_city_gives_no_finding() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-15-03")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MatterCategory.class)
    void ZG_15_02_every_art_9_category_routes_to_some_department_and_outside_article_9_routes_nowhere(MatterCategory category) {
        boolean routed = findings(CompliantCity.with(assignedTo(CompliantCity.CIVIL_AFFAIRS, category, false)), "ZG-15-02").isEmpty()
                || findings(CompliantCity.with(assignedTo(CompliantCity.EMERGENCY, category, false)), "ZG-15-02").isEmpty()
                || findings(CompliantCity.with(assignedTo(CompliantCity.PUBLIC_SECURITY, category, false)), "ZG-15-02").isEmpty();
        assertThat(routed).isEqualTo(category.isArticle9Matter());
    }

    // ZG-15-02, second reading: an accepted case must reach a department at all (case.assign.limit.working-days).

    static Case acceptedNotAssigned(String accepted, boolean obstruction) {
        return kase("K-5", MatterCategory.PUBLIC_OPINION, CompliantCity.MATTER_OPINION, false, obstruction,
                timeline(accepted, null, accepted, accepted, null, null), null, List.of());
    }

    @ParameterizedTest(name = "accepted {0}, checked {1}: finding = {2}")
    @CsvSource({
            "2025-06-26T10:00, 2025-06-27, false",  // Thu: the deadline is the end of Fri 06-27
            "2025-06-26T10:00, 2025-06-28, true",   // the day after, still unassigned
            "2024-09-30T10:00, 2024-10-08, false",  // Mon before National Day: deadline is the end of Tue 10-08
            "2024-09-30T10:00, 2024-10-09, true",
            "2024-09-28T10:00, 2024-09-29, false",  // Sat: Sun 09-29 is a make-up working day, the deadline
            "2024-09-28T10:00, 2024-09-30, true"})
    void ZG_15_02_an_accepted_case_is_assigned_within_one_working_day(String accepted, String checked, boolean fires) {
        List<Finding> found = check(CompliantCity.with(acceptedNotAssigned(accepted, false)), LocalDate.parse(checked)).findings("ZG-15-02");
        assertThat(found).filteredOn(f -> f.subject().id().equals("K-5")).hasSize(fires ? 1 : 0);
    }

    @Test
    void ZG_15_02_an_unassigned_case_names_the_deadline_and_the_departments_the_routing_table_names() {
        Finding f = check(CompliantCity.with(acceptedNotAssigned("2025-06-26T10:00", false))).findings("ZG-15-02").stream()
                .filter(x -> x.subject().id().equals("K-5")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.evidence()).containsEntry("deadline", "2025-06-27T23:59:59").containsEntry("limitWorkingDays", "1");
        assertThat(f.messageEn()).contains("Case K-5 (PUBLIC_OPINION) was accepted at 2025-06-26T10:00 and not assigned to any department by 2025-06-27T23:59:59")
                .contains("the routing table names: CIVIL_AFFAIRS").doesNotContain("{");
        assertThat(f.messageZh()).contains("仍未交办任何部门").contains("按分流表应交办：CIVIL_AFFAIRS").doesNotContain("{");
    }

    @Test
    void ZG_15_02_an_unassigned_obstruction_case_is_left_to_ZG_23_01() {
        var report = check(CompliantCity.with(acceptedNotAssigned("2025-06-26T10:00", true)));
        assertThat(report.findings("ZG-15-02")).noneMatch(f -> f.subject().id().equals("K-5"));
        assertThat(report.findings("ZG-23-01")).anyMatch(f -> f.subject().id().equals("K-5"));
    }
}
