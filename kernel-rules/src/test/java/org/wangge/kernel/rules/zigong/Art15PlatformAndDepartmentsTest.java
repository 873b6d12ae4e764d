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
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.cases.HandBack;
import org.wangge.kernel.model.cases.NonAcceptance;
import org.wangge.kernel.model.cases.NonAcceptanceKind;
import org.wangge.kernel.model.cases.Supervision;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.GovernmentLevel;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.organisation.OrganisationKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Basis;
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

    // ZG-15-04 -------------------------------------------------------------------------------------------------

    static Case assignedSignedFor(String assigned, String signedFor, String fedBack) {
        String start = t(assigned).toLocalDate() + "T08:00";
        CaseTimeline tl = timeline(start, null, start, start, assigned, fedBack).withSignedFor(t(signedFor));
        return kase("K-3", MatterCategory.PUBLIC_OPINION, false, tl, CompliantCity.CIVIL_AFFAIRS, List.of(), List.of(), null);
    }

    @ParameterizedTest(name = "assigned {0}, signed for {1}: finding = {2}")
    @CsvSource({
            "2024-09-30T10:00, 2024-10-08T23:59, false",  // Mon before National Day: the next working day is Tue 10-08
            "2024-09-30T10:00, 2024-10-09T00:00, true",   // a minute after its end
            "2024-09-28T10:00, 2024-09-29T23:59, false",  // Sat: Sun 09-29 is a make-up working day (调休)
            "2024-09-28T10:00, 2024-09-30T00:00, true",
            "2024-10-11T10:00, 2024-10-12T18:00, false",  // Fri: Sat 10-12 is a make-up working day
            "2024-10-11T10:00, 2024-10-14T09:00, true",
            "2025-06-26T10:00, 2025-06-27T23:59, false",
            "2025-06-26T10:00, 2025-06-30T08:00, true"})
    void ZG_15_04_a_department_signs_for_an_assigned_case_within_one_working_day(String assigned, String signedFor, boolean fires) {
        assertThat(findings(CompliantCity.with(assignedSignedFor(assigned, signedFor, null)), "ZG-15-04")).hasSize(fires ? 1 : 0);
    }

    @Test
    void ZG_15_04_a_late_sign_for_names_the_department_and_the_local_limit() {
        Finding f = findings(CompliantCity.with(assignedSignedFor("2025-06-26T10:00", "2025-06-30T08:00", null)), "ZG-15-04").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.basis()).isEqualTo(Basis.POLICY);
        assertThat(f.citation().toString()).isEqualTo("Art. 15 ¶2");
        assertThat(f.evidence()).containsEntry("department", CompliantCity.CIVIL_AFFAIRS).containsEntry("deadline", "2025-06-27T23:59:59")
                .containsEntry("responded", "2025-06-30T08:00");
        assertThat(f.messageZh()).startsWith("事件K-3于2025年6月26日10时交办" + CompliantCity.CIVIL_AFFAIRS + "，签收时限至2025年6月27日23时59分，于2025年6月30日8时方才响应，不符合")
                .contains("“相关部门应当严格按照工作职责，对交办事项快速响应”").contains("时限为本地设定（签收时限：1个工作日）").doesNotContain("{");
        assertThat(f.messageEn()).contains("the department responded only at 30 June 2025 08:00").contains("sign-for limit: 1 working day(s)");
    }

    @Test
    void ZG_15_04_an_unsigned_case_is_a_finding_once_its_working_day_has_passed() {
        Case unsigned = assignedSignedFor("2025-06-26T10:00", null, null);
        assertThat(check(CompliantCity.with(unsigned), LocalDate.of(2025, 6, 27)).findings("ZG-15-04")).isEmpty();
        assertThat(check(CompliantCity.with(unsigned), LocalDate.of(2025, 6, 28)).findings("ZG-15-04")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("截至2025年6月28日未签收"));
    }

    @Test
    void ZG_15_04_feedback_within_the_working_day_is_a_response_without_a_separate_sign_for() {
        assertThat(findings(CompliantCity.with(assignedSignedFor("2025-06-26T10:00", null, "2025-06-27T16:00")), "ZG-15-04")).isEmpty();
        assertThat(findings(CompliantCity.with(assignedSignedFor("2025-06-26T10:00", null, "2025-06-30T16:00")), "ZG-15-04")).hasSize(1);
    }

    @Test
    void ZG_15_04_the_compliant_city_signs_for_its_case() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-15-04")).isEmpty();
    }

    // ZG-15-05 -------------------------------------------------------------------------------------------------

    static Case handedBack(HandBack... handBacks) {
        CaseTimeline tl = timeline("2025-06-02T08:00", null, "2025-06-02T08:00", "2025-06-02T08:30", "2025-06-10T09:00", "2025-06-11T09:00")
                .withSignedFor(t("2025-06-10T10:00"));
        return kase("K-3", MatterCategory.PUBLIC_OPINION, false, tl, CompliantCity.CIVIL_AFFAIRS, List.of(handBacks),
                List.of(new Supervision(t("2025-06-02T09:00"), CompliantCity.ZLJ_AGENCY, "提醒")), null);
    }

    static HandBack back(String at, String department, String reason) {
        return new HandBack(t(at), department, reason);
    }

    @Test
    void ZG_15_05_a_hand_back_without_a_recorded_reason_is_a_finding_and_one_with_a_reason_is_not() {
        List<Finding> found = findings(CompliantCity.with(handedBack(back("2025-06-03T09:00", CompliantCity.EMERGENCY, null))), "ZG-15-05");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 3));
            assertThat(f.messageZh()).startsWith("事件K-3于2025年6月3日9时被" + CompliantCity.EMERGENCY + "退回，未记录退回理由，不符合")
                    .contains("认真办理").contains("退回须载明的事项为本地设定");
        });
        assertThat(findings(CompliantCity.with(handedBack(back("2025-06-03T09:00", CompliantCity.EMERGENCY, "不属本部门职责"))), "ZG-15-05"))
                .isEmpty();
    }

    @Test
    void ZG_15_05_a_department_may_hand_a_case_back_twice_and_its_third_hand_back_is_a_finding() {
        HandBack first = back("2025-06-03T09:00", CompliantCity.EMERGENCY, "材料不全");
        HandBack second = back("2025-06-05T09:00", CompliantCity.EMERGENCY, "材料不全");
        HandBack third = back("2025-06-09T09:00", CompliantCity.EMERGENCY, "材料不全");
        assertThat(findings(CompliantCity.with(handedBack(first, second)), "ZG-15-05")).isEmpty();
        List<Finding> found = findings(CompliantCity.with(handedBack(first, second, third)), "ZG-15-05");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("handBacks", "3").containsEntry("department", CompliantCity.EMERGENCY)
                    .containsEntry("handedBack", "2025-06-09T09:00");
            assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 9));
            assertThat(f.messageZh()).startsWith("事件K-3已被" + CompliantCity.EMERGENCY + "退回3次，于2025年6月9日9时退回时超过次数上限")
                    .contains("退回次数上限为本地设定（2次）");
        });
    }

    @Test
    void ZG_15_05_hand_backs_count_per_department_and_only_from_the_day_the_measures_took_effect() {
        HandBack a = back("2025-06-03T09:00", CompliantCity.EMERGENCY, "材料不全");
        HandBack b = back("2025-06-05T09:00", CompliantCity.PUBLIC_SECURITY, "不属本部门职责");
        HandBack c = back("2025-06-09T09:00", CompliantCity.EMERGENCY, "材料不全");
        assertThat(findings(CompliantCity.with(handedBack(a, b, c)), "ZG-15-05")).isEmpty(); // two by one, one by another
        Case straddling = kase("K-3", MatterCategory.PUBLIC_OPINION, false,
                timeline("2024-01-20T08:00", null, "2024-01-20T08:00", "2024-01-20T08:30", "2024-02-05T09:00", "2024-02-06T09:00")
                        .withSignedFor(t("2024-02-05T10:00")), CompliantCity.CIVIL_AFFAIRS,
                List.of(back("2024-01-22T09:00", CompliantCity.EMERGENCY, "材料不全"), back("2024-01-25T09:00", CompliantCity.EMERGENCY, "材料不全"),
                        back("2024-02-02T09:00", CompliantCity.EMERGENCY, "材料不全")), List.of(), null);
        assertThat(check(CompliantCity.with(straddling), LocalDate.of(2024, 3, 1)).findings("ZG-15-05")).isEmpty();
    }

    // ZG-15-06 -------------------------------------------------------------------------------------------------

    static Case unacceptedWith(List<Supervision> supervisions) {
        // Thu 2025-06-26: acceptance due at the end of Fri 06-27; supervision due at the end of Mon 06-30
        return kase("K-3", MatterCategory.PUBLIC_OPINION, false, timeline("2025-06-26T10:00", null, "2025-06-26T10:00", null, null, null),
                null, List.of(), supervisions, null);
    }

    @ParameterizedTest(name = "supervised {0} by {1}, checked {2}: finding = {3}")
    @CsvSource({
            "2025-06-30T23:59, ORG-ZLJ-AGENCY, 2025-07-01, false",  // within the working day after the acceptance fell overdue
            "2025-07-01T00:00, ORG-ZLJ-AGENCY, 2025-07-01, true",   // a minute after
            "2025-06-28T09:00, ORG-CITY-AGENCY, 2025-07-01, false", // Sat, by the city agency: any grid agency supervises
            "2025-06-27T09:00, ORG-ZLJ-AGENCY, 2025-07-01, true",   // before the case became overdue: a reminder, not 督办 of it
            "2025-06-30T09:00, ORG-ZLJ-CIVIL, 2025-07-01, true",    // a department is not the grid agency
            ", , 2025-06-30, false",                                // none yet, but still within the limit
            ", , 2025-07-01, true"})
    void ZG_15_06_an_overdue_case_is_supervised_by_a_grid_agency_within_one_working_day(String at, String by, String checked, boolean fires) {
        List<Supervision> s = at == null ? List.of() : List.of(new Supervision(t(at), by, "受理逾期督办"));
        assertThat(check(CompliantCity.with(unacceptedWith(s)), LocalDate.parse(checked)).findings("ZG-15-06")).hasSize(fires ? 1 : 0);
    }

    @Test
    void ZG_15_06_an_unsupervised_overdue_case_says_what_is_overdue_and_since_when() {
        Finding f = check(CompliantCity.with(unacceptedWith(List.of())), LocalDate.of(2025, 7, 1)).findings("ZG-15-06").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.citation().toString()).isEqualTo("Art. 15 ¶1");
        assertThat(f.evidence()).containsEntry("overdue", "ACCEPTANCE").containsEntry("overdueAt", "2025-06-27T23:59:59")
                .containsEntry("deadline", "2025-06-30T23:59:59");
        assertThat(f.messageZh()).startsWith("事件K-3受理逾期（自2025年6月27日23时59分起），督办时限至2025年6月30日23时59分，截至2025年7月1日无网格化服务管理工作机构督办记录，不符合")
                .contains("督办").contains("时限为本地设定（督办时限：1个工作日）").doesNotContain("{");
        assertThat(f.messageEn()).contains("acceptance overdue from 27 June 2025 23:59");
    }

    @Test
    void ZG_15_06_across_the_national_day_holiday_supervision_is_due_at_the_end_of_the_next_working_day() {
        // Fri 2024-09-27 reported: acceptance due at the end of Sun 09-29 (make-up working day); supervision by the end of Mon 09-30
        Case c = kase("K-3", MatterCategory.PUBLIC_OPINION, false, timeline("2024-09-27T10:00", null, "2024-09-27T10:00", null, null, null),
                null, List.of(), List.of(new Supervision(t("2024-09-30T23:59"), CompliantCity.ZLJ_AGENCY, "督办")), null);
        assertThat(check(CompliantCity.with(c), LocalDate.of(2024, 10, 8)).findings("ZG-15-06")).isEmpty();
        Case late = kase("K-3", MatterCategory.PUBLIC_OPINION, false, timeline("2024-09-27T10:00", null, "2024-09-27T10:00", null, null, null),
                null, List.of(), List.of(new Supervision(t("2024-10-08T09:00"), CompliantCity.ZLJ_AGENCY, "督办")), null);
        assertThat(check(CompliantCity.with(late), LocalDate.of(2024, 10, 8)).findings("ZG-15-06")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("于2024年10月8日9时方才督办"));
    }

    @Test
    void ZG_15_06_a_hand_back_without_a_reason_also_calls_for_supervision() {
        Case c = handedBack(back("2025-06-03T09:00", CompliantCity.EMERGENCY, null));
        assertThat(findings(CompliantCity.with(c), "ZG-15-06")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("overdue", "HAND_BACK").containsEntry("deadline", "2025-06-04T23:59:59");
            assertThat(f.messageZh()).contains("退回未载明理由或者超过次数上限（自2025年6月3日9时起）");
        });
        Case supervised = kase("K-3", MatterCategory.PUBLIC_OPINION, false, c.timeline(), CompliantCity.CIVIL_AFFAIRS, c.handBacks(),
                List.of(new Supervision(t("2025-06-04T10:00"), CompliantCity.ZLJ_AGENCY, "退回无理由督办")), null);
        assertThat(findings(CompliantCity.with(supervised), "ZG-15-06")).isEmpty();
    }

    @Test
    void ZG_15_06_the_compliant_city_gives_no_finding() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-15-06")).isEmpty();
        assertThat(findings(CompliantCity.snapshot(), "ZG-15-05")).isEmpty();
    }


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
        assertThat(f.basis()).isEqualTo(Basis.POLICY);
        assertThat(f.subject().id()).isEqualTo("K-3");
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 10, 8)); // the day the limit fell due
        assertThat(f.evidence()).containsEntry("reported", "2024-09-30T10:00")
                .containsEntry("deadline", "2024-10-08T23:59:59").containsEntry("accepted", "2024-10-09T08:30");
        assertThat(f.messageZh()).startsWith("事件K-3于2024年9月30日10时上报，受理时限至2024年10月8日23时59分，于2024年10月9日8时30分方才受理，不符合")
                .contains("第十五条第一款").contains("时限为本地设定（受理时限：1个工作日）").doesNotContain("{");
        assertThat(f.messageEn()).contains("was due to be accepted by 8 October 2024 23:59; it was accepted only at 9 October 2024 08:30")
                .doesNotContain("{");
    }

    @Test
    void ZG_15_01_a_case_still_unaccepted_after_its_deadline_is_a_finding_until_accepted() {
        Case pending = reportedAndAccepted("2025-06-26T10:00", null); // Thu: deadline end of Fri 06-27
        assertThat(check(CompliantCity.with(pending), LocalDate.of(2025, 6, 27)).findings("ZG-15-01")).isEmpty();
        List<Finding> findings = check(CompliantCity.with(pending), LocalDate.of(2025, 6, 28)).findings("ZG-15-01");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).evidence()).doesNotContainKey("accepted");
        assertThat(findings.get(0).messageZh()).contains("截至2025年6月28日未受理，亦未作不予受理或者合并处理");
        assertThat(findings.get(0).messageEn()).contains("as of 28 June 2025 it is neither accepted nor declined nor merged");
    }

    static Case decided(String reported, NonAcceptance decision) {
        return kase("K-3", MatterCategory.PUBLIC_OPINION, false, timeline(reported, null, reported, null, null, null), null,
                List.of(), List.of(), decision);
    }

    @ParameterizedTest(name = "reported {0}, {1} at {2}: finding = {3}")
    @CsvSource({
            "2024-09-30T10:00, DECLINED, 2024-10-08T23:59, false", // declining within the limit answers the report
            "2024-09-30T10:00, DECLINED, 2024-10-09T00:00, true",
            "2024-09-30T10:00, MERGED, 2024-10-08T23:59, false",
            "2024-09-30T10:00, MERGED, 2024-10-09T00:01, true"})
    void ZG_15_01_a_decision_to_decline_or_merge_is_also_due_within_one_working_day(String reported, NonAcceptanceKind kind, String at,
            boolean fires) {
        NonAcceptance decision = new NonAcceptance(kind, t(at), CompliantCity.ZLJ_AGENCY, "重复上报", kind == NonAcceptanceKind.MERGED ? "K-1" : null);
        List<Finding> found = findings(CompliantCity.with(decided(reported, decision)), "ZG-15-01");
        assertThat(found).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(found.get(0).messageZh()).contains("方才作" + (kind == NonAcceptanceKind.MERGED ? "合并" : "不予受理") + "处理");
            assertThat(found.get(0).evidence()).containsEntry("decision", kind.name());
        }
    }

    @Test
    void ZG_15_01_a_decline_without_a_recorded_reason_is_a_finding_and_with_one_is_not() {
        NonAcceptance noReason = new NonAcceptance(NonAcceptanceKind.DECLINED, t("2025-06-26T11:00"), CompliantCity.ZLJ_AGENCY, " ", null);
        List<Finding> found = findings(CompliantCity.with(decided("2025-06-26T10:00", noReason)), "ZG-15-01");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.messageZh()).startsWith("事件K-3于2025年6月26日11时由" + CompliantCity.ZLJ_AGENCY + "作不予受理处理，未记录理由")
                    .contains("不予受理、合并须载明的事项为本地设定").doesNotContain("时限为本地设定");
            assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 26));
        });
        NonAcceptance reasoned = new NonAcceptance(NonAcceptanceKind.DECLINED, t("2025-06-26T11:00"), CompliantCity.ZLJ_AGENCY,
                "不属于网格事项", null);
        assertThat(findings(CompliantCity.with(decided("2025-06-26T10:00", reasoned)), "ZG-15-01")).isEmpty();
    }

    @Test
    void ZG_15_01_a_merge_names_the_case_it_went_into() {
        NonAcceptance noTarget = new NonAcceptance(NonAcceptanceKind.MERGED, t("2025-06-26T11:00"), CompliantCity.ZLJ_AGENCY, "同一事项", null);
        assertThat(findings(CompliantCity.with(decided("2025-06-26T10:00", noTarget)), "ZG-15-01")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("作合并处理，未载明并入的事件"));
        NonAcceptance named = new NonAcceptance(NonAcceptanceKind.MERGED, t("2025-06-26T11:00"), CompliantCity.ZLJ_AGENCY, "同一事项", "K-1");
        assertThat(findings(CompliantCity.with(decided("2025-06-26T10:00", named)), "ZG-15-01")).isEmpty();
    }

    @Test
    void ZG_15_01_an_acceptance_due_before_the_measures_took_effect_is_out_of_scope() {
        // Tue 2024-01-30: due at the end of Wed 01-31, before 2024-02-01; Wed 01-31: due Thu 02-01, in scope
        assertThat(findings(CompliantCity.with(reportedAndAccepted("2024-01-30T10:00", "2024-02-02T09:00")), "ZG-15-01")).isEmpty();
        assertThat(findings(CompliantCity.with(reportedAndAccepted("2024-01-31T10:00", "2024-02-02T09:00")), "ZG-15-01")).hasSize(1);
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
        assertThat(f.messageZh()).startsWith("事件K-1（社情民意收集、群众诉求反映）交办" + CompliantCity.EMERGENCY + "（应急管理），该类事件不属其工作职责；按分流表应交办民政、政务服务和数字化管理，不符合")
                .contains("第十五条第一款").contains("分流表为本地设定").doesNotContain("{");
        assertThat(f.messageEn()).contains("the routing table names civil affairs, government services and digital management").doesNotContain("{");
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
        assertThat(f.evidence()).doesNotContainKey("responsible");
        assertThat(f.messageZh()).contains("分流表未列明承办该类事件的部门");
    }

    @Test
    void ZG_15_02_an_obstruction_case_may_go_to_public_security_whatever_its_category() {
        assertThat(findings(CompliantCity.with(assignedTo(CompliantCity.PUBLIC_SECURITY, MatterCategory.PUBLIC_OPINION, true)), "ZG-15-02")).isEmpty();
        Finding f = findings(CompliantCity.with(assignedTo(CompliantCity.EMERGENCY, MatterCategory.PUBLIC_OPINION, true)), "ZG-15-02").get(0);
        assertThat(f.evidence()).containsEntry("responsible", "PUBLIC_SECURITY,CIVIL_AFFAIRS,GOVERNMENT_SERVICES_DIGITAL"); // in the order of DepartmentKind
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
    void ZG_15_03_late_feedback_is_a_warning_showing_the_limit() {
        Case late = assignedAndFedBack(false, "2024-09-27T10:00", "2024-10-11T09:00", List.of());
        List<Finding> findings = findings(CompliantCity.with(late), "ZG-15-03");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().id()).isEqualTo("K-3");
        assertThat(f.evidence()).containsEntry("department", CompliantCity.CIVIL_AFFAIRS).containsEntry("assigned", "2024-09-27T10:00")
                .containsEntry("deadline", "2024-10-10T23:59:59").containsEntry("fedBack", "2024-10-11T09:00");
        assertThat(f.messageZh()).startsWith("事件K-3于2024年9月27日10时交办" + CompliantCity.CIVIL_AFFAIRS + "，反馈时限至2024年10月10日23时59分，于2024年10月11日9时方才反馈办理情况，不符合")
                .contains("第十五条第二款").contains("时限为本地设定（反馈时限：5个工作日）").doesNotContain("{");
        assertThat(f.messageEn()).contains("was due for feedback by 10 October 2024 23:59; the department fed back only at 11 October 2024 09:00")
                .doesNotContain("{");
    }

    @ParameterizedTest(name = "hazard assigned {0}, fed back {1}: finding = {2}")
    @CsvSource({
            "2025-06-03T10:00, 2025-06-04T10:00, false",  // exactly 24 clock hours
            "2025-06-03T10:00, 2025-06-04T10:01, true"})  // a minute later
    void ZG_15_03_a_safety_hazard_gets_feedback_within_24_clock_hours(String assigned, String fedBack, boolean fires) {
        List<Finding> findings = findings(CompliantCity.with(assignedAndFedBack(true, assigned, fedBack, List.of())), "ZG-15-03");
        assertThat(findings).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(findings.get(0).evidence()).containsEntry("deadline", "2025-06-04T10:00")
                    .containsEntry("department", CompliantCity.EMERGENCY);
            assertThat(findings.get(0).messageZh()).contains("安全隐患反馈时限：24小时").doesNotContain("5个工作日");
        }
    }

    @Test
    void ZG_15_03_an_unanswered_overdue_case_stays_flagged_until_feedback() {
        // Fri 2025-06-20: five working days end Fri 06-27.
        Case unanswered = assignedAndFedBack(false, "2025-06-20T10:00", null, List.of());
        assertThat(check(CompliantCity.with(unanswered), LocalDate.of(2025, 6, 27)).findings("ZG-15-03")).isEmpty();
        List<Finding> findings = findings(CompliantCity.with(unanswered), "ZG-15-03");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).evidence()).doesNotContainKey("fedBack").containsEntry("deadline", "2025-06-27T23:59:59");
        assertThat(findings.get(0).messageEn()).contains("as of 30 June 2025 the department has not fed back");
        assertThat(findings.get(0).messageZh()).contains("截至2025年6月30日未反馈办理情况");
        assertThat(check(CompliantCity.with(unanswered), LocalDate.of(2025, 9, 30)).findings("ZG-15-03")).hasSize(1);
    }

    @Test
    void ZG_15_03_a_hand_back_within_the_limit_ends_the_department_s_feedback_duty_and_one_after_it_is_late() {
        CaseTimeline assigned = timeline("2025-06-20T08:00", null, "2025-06-20T08:00", "2025-06-20T08:00", "2025-06-20T10:00", null);
        Case inTime = kase("K-3", MatterCategory.PUBLIC_OPINION, false, assigned, CompliantCity.CIVIL_AFFAIRS,
                List.of(new HandBack(t("2025-06-27T23:59"), CompliantCity.CIVIL_AFFAIRS, "不属本部门职责")), List.of(), null);
        assertThat(findings(CompliantCity.with(inTime), "ZG-15-03")).isEmpty();
        Case late = kase("K-3", MatterCategory.PUBLIC_OPINION, false, assigned, CompliantCity.CIVIL_AFFAIRS,
                List.of(new HandBack(t("2025-06-28T09:00"), CompliantCity.CIVIL_AFFAIRS, "不属本部门职责")), List.of(), null);
        assertThat(findings(CompliantCity.with(late), "ZG-15-03")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("逾期未反馈，于2025年6月28日9时退回"));
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
        assertThat(f.evidence()).containsEntry("deadline", "2025-06-27T23:59:59").containsEntry("responsible", "CIVIL_AFFAIRS,GOVERNMENT_SERVICES_DIGITAL");
        assertThat(f.messageZh()).startsWith("事件K-5（社情民意收集、群众诉求反映）于2025年6月26日10时受理，交办时限至2025年6月27日23时59分，截至2025年6月30日未交办任何部门；按分流表应交办民政、政务服务和数字化管理")
                .contains("时限为本地设定（交办时限：1个工作日）").doesNotContain("{");
        assertThat(f.messageEn()).contains("as of 30 June 2025 it is assigned to no department").doesNotContain("{");
    }

    @Test
    void ZG_15_02_a_case_assigned_after_its_limit_is_a_finding_and_one_closed_without_assignment_needs_no_department() {
        Case late = kase("K-5", MatterCategory.PUBLIC_OPINION, false,
                timeline("2025-06-26T09:00", null, "2025-06-26T09:00", "2025-06-26T10:00", "2025-06-28T09:00", null),
                CompliantCity.CIVIL_AFFAIRS, List.of(), List.of(), null);
        assertThat(findings(CompliantCity.with(late), "ZG-15-02")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("于2025年6月28日9时方才交办" + CompliantCity.CIVIL_AFFAIRS));
        Case inTime = kase("K-5", MatterCategory.PUBLIC_OPINION, false,
                timeline("2025-06-26T09:00", null, "2025-06-26T09:00", "2025-06-26T10:00", "2025-06-27T23:59", null),
                CompliantCity.CIVIL_AFFAIRS, List.of(), List.of(), null);
        assertThat(findings(CompliantCity.with(inTime), "ZG-15-02")).isEmpty();
        Case resolvedByTheStreet = kase("K-5", MatterCategory.PUBLIC_OPINION, false,
                new CaseTimeline(t("2025-06-26T09:00"), null, t("2025-06-26T09:00"), t("2025-06-26T10:00"), null, null, null,
                        t("2025-06-28T10:00")), null, List.of(), List.of(), null);
        assertThat(findings(CompliantCity.with(resolvedByTheStreet), "ZG-15-02")).isEmpty();
    }

    @Test
    void ZG_15_02_an_unassigned_obstruction_case_is_left_to_ZG_23_01() {
        var report = check(CompliantCity.with(acceptedNotAssigned("2025-06-26T10:00", true)));
        assertThat(report.findings("ZG-15-02")).noneMatch(f -> f.subject().id().equals("K-5"));
        assertThat(report.findings("ZG-23-01")).anyMatch(f -> f.subject().id().equals("K-5"));
    }
}
