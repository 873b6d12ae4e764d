package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.model.testdata.CompliantCity.CASE_ASSIGNED;
import static org.wangge.kernel.model.testdata.CompliantCity.CIVIL_AFFAIRS;
import static org.wangge.kernel.model.testdata.CompliantCity.COMMUNITY_GRID;
import static org.wangge.kernel.model.testdata.CompliantCity.MATTER_OPINION;
import static org.wangge.kernel.model.testdata.CompliantCity.RONG_AGENCY;
import static org.wangge.kernel.model.testdata.CompliantCity.VILLAGE_GRID;
import static org.wangge.kernel.model.testdata.CompliantCity.WORKER_COMMUNITY;
import static org.wangge.kernel.model.testdata.CompliantCity.WORKER_VILLAGE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.CaseTimeline;
import org.wangge.kernel.model.cases.HandBack;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.privacy.AccessKind;
import org.wangge.kernel.model.privacy.DisclosureKind;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.privacy.PersonalInfoDisclosure;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.VisitCheckIn;
import org.wangge.kernel.model.conduct.PaymentFromServed;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-13-01 … ZG-13-06: what grid workers shall not do (Art. 13). A substantiated incident or complaint is the TEXT
 * finding (VIOLATION); what the platform's records only suggest is an INDICATOR (WARNING, 疑似, no Art. 22 consequence),
 * on the worker the record shows acted.
 */
class Art13WorkerConductTest extends RuleTestSupport {

    private static final LocalDate MAY_10 = LocalDate.of(2025, 5, 10);
    private static final LocalDateTime MAY_10_AT_10 = MAY_10.atTime(10, 0);

    static ConductIncident incident(ConductKind kind, Substantiation s, LocalDate occurred, LocalDate decided) {
        return new ConductIncident("CI-1", WORKER_COMMUNITY, kind, occurred, null, "巡查发现", s, decided);
    }

    static Complaint complaint(ConductKind kind, Substantiation s, LocalDate received, LocalDate decided) {
        return new Complaint("CP-1", WORKER_COMMUNITY, kind, received, "P-0001", null, s, decided);
    }

    static PersonalInfoAccess access(String id, LocalDateTime at, AccessKind kind, String residentGrid, String purpose,
            String caseId, String authorisation, int records) {
        return new PersonalInfoAccess(id, WORKER_COMMUNITY, at, kind, "R-" + id, residentGrid, purpose, caseId, null, authorisation, records);
    }

    static Case caseOf(String id, String collectedBy, LocalDateTime collected, Set<String> evidence, Set<String> parties,
            boolean closedAsResolved, VerificationOutcome verification, List<HandBack> handBacks) {
        CaseTimeline t = new CaseTimeline(collected, null, collected.plusHours(1), collected.plusHours(2), collected.plusHours(3),
                collected.plusDays(2), collected.plusDays(3), closedAsResolved ? collected.plusDays(3).plusHours(1) : null);
        return new Case(id, CaseSource.RESIDENT_DEMAND, MATTER_OPINION, MatterCategory.PUBLIC_OPINION, false, false, COMMUNITY_GRID,
                collectedBy, t, CIVIL_AFFAIRS, handBacks, List.of(), closedAsResolved, verification, evidence, parties, "诉求");
    }

    static Case resolvedOnSpot(String id, String worker, LocalDateTime collected, VerificationOutcome verification) {
        CaseTimeline t = new CaseTimeline(collected, collected.plusHours(2), null, null, null, null, null, collected.plusDays(1));
        return new Case(id, CaseSource.RESIDENT_DEMAND, MATTER_OPINION, MatterCategory.PUBLIC_OPINION, false, false, COMMUNITY_GRID,
                worker, t, null, List.of(), List.of(), true, verification, Set.of(), Set.of(), "诉求");
    }

    static void suspected(Finding f) {
        assertThat(f.basis()).isEqualTo(Basis.INDICATOR);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.isSuspected()).isTrue();
        assertThat(f.consequence()).isNull();
        assertThat(f.messageZh()).contains("疑似不符合《自贡市城乡社会治理网格化服务管理办法》第十三条").contains("须经调查核实方可认定")
                .doesNotContain("{").doesNotContain("T").doesNotContain("-05-");
        assertThat(f.messageEn()).contains("Suspected:").doesNotContain("{");
    }

    static Finding only(CitySnapshot snapshot, String constraintId) {
        List<Finding> findings = findings(snapshot, constraintId);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    // ---------------------------------------------------------------- all items: decided on or before the check date

    /**
     * Pins the "substantiated on or before the check date" condition of each of the twelve substantiation rules (an
     * incident and a complaint for each item of Art. 13): a decision on the check date counts, one the day after does
     * not yet — and neither does one a year later. Mutation run (issue 18): removing {@code decidedOn <= asOf.date()}
     * from any one of them, or making it {@code <}, fails this test.
     */
    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource({
            "SECRET_LEAK, incident, ZG-13-01", "SECRET_LEAK, complaint, ZG-13-01",
            "PERSONAL_INFORMATION_MISUSE, incident, ZG-13-02", "PERSONAL_INFORMATION_MISUSE, complaint, ZG-13-02",
            "PRIVATE_GAIN, incident, ZG-13-03", "PRIVATE_GAIN, complaint, ZG-13-03",
            "FALSIFICATION_OR_SHIRKING, incident, ZG-13-04", "FALSIFICATION_OR_SHIRKING, complaint, ZG-13-04",
            "ROUGH_CONDUCT_OR_OBSTRUCTION, incident, ZG-13-05", "ROUGH_CONDUCT_OR_OBSTRUCTION, complaint, ZG-13-05",
            "OTHER_ILLEGAL, incident, ZG-13-06", "OTHER_ILLEGAL, complaint, ZG-13-06"})
    void a_substantiation_counts_from_the_day_it_is_decided_and_not_before(ConductKind kind, String by, String constraintId) {
        LocalDate asOf = CompliantCity.AS_OF;
        java.util.function.Function<LocalDate, Object> decidedOn = day -> by.equals("incident")
                ? incident(kind, Substantiation.SUBSTANTIATED, MAY_10, day) : complaint(kind, Substantiation.SUBSTANTIATED, MAY_10, day);
        assertThat(check(CompliantCity.with(decidedOn.apply(asOf)), asOf).findings(constraintId))
                .as("%s %s substantiated on the check date", kind, by).hasSize(1);
        assertThat(check(CompliantCity.with(decidedOn.apply(asOf.plusDays(1))), asOf).findings(constraintId))
                .as("%s %s substantiated the day after the check date", kind, by).isEmpty();
        assertThat(check(CompliantCity.with(decidedOn.apply(asOf.plusYears(1))), asOf).findings(constraintId))
                .as("%s %s substantiated a year after the check date", kind, by).isEmpty();
    }

    // ---------------------------------------------------------------- ZG-13-01

    @Test
    void ZG_13_01_a_substantiated_incident_of_leaking_secrets_is_a_violation_dated_on_the_day_of_the_conduct() {
        Finding f = only(CompliantCity.with(incident(ConductKind.SECRET_LEAK, Substantiation.SUBSTANTIATED, MAY_10, LocalDate.of(2025, 6, 1))),
                "ZG-13-01");
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("GridWorker");
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.evidence()).containsEntry("record", "CI-1");
        assertThat(f.basis()).isEqualTo(Basis.TEXT);
        assertThat(f.messageZh()).startsWith("网格员W-1泄露国家秘密、商业秘密，经调查于2025年6月1日查实（CI-1），不符合《自贡市城乡社会治理网格化服务管理办法》第十三条第一项“泄露国家秘密、商业秘密”的规定。")
                .doesNotContain("疑似").doesNotContain("{");
        assertThat(f.messageEn()).contains("Grid worker W-1 leaked state or commercial secrets, substantiated by investigation on")
                .contains("Art. 13(1)").doesNotContain("{");
        assertThat(f.ruleFile()).isEqualTo("art13-worker-conduct.drl");
    }

    @Test
    void ZG_13_01_a_substantiated_complaint_of_leaking_secrets_is_a_violation_dated_on_its_receipt() {
        Finding f = only(CompliantCity.with(complaint(ConductKind.SECRET_LEAK, Substantiation.SUBSTANTIATED, MAY_10, LocalDate.of(2025, 6, 1))),
                "ZG-13-01");
        assertThat(f.evidence()).containsEntry("record", "CP-1");
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.messageZh()).startsWith("网格员W-1被投诉泄露国家秘密、商业秘密（CP-1，2025年5月10日收到），经调查于2025年6月1日查实");
    }

    @Test
    void ZG_13_01_a_pending_or_unsubstantiated_allegation_is_no_breach() {
        assertThat(findings(CompliantCity.with(incident(ConductKind.SECRET_LEAK, Substantiation.PENDING, MAY_10, null)), "ZG-13-01")).isEmpty();
        assertThat(findings(CompliantCity.with(complaint(ConductKind.SECRET_LEAK, Substantiation.NOT_SUBSTANTIATED, MAY_10,
                LocalDate.of(2025, 6, 1))), "ZG-13-01")).isEmpty();
    }

    @Test
    void ZG_13_01_an_incident_substantiated_after_the_check_date_is_not_yet_a_breach() {
        CitySnapshot s = CompliantCity.with(incident(ConductKind.SECRET_LEAK, Substantiation.SUBSTANTIATED, MAY_10, LocalDate.of(2025, 6, 30)));
        assertThat(check(s, LocalDate.of(2025, 6, 29)).findings("ZG-13-01")).isEmpty();
        assertThat(check(s, LocalDate.of(2025, 6, 30)).findings("ZG-13-01")).hasSize(1);
    }

    @Test
    void ZG_13_01_conduct_before_the_measures_came_into_force_gives_no_finding() {
        assertThat(findings(CompliantCity.with(incident(ConductKind.SECRET_LEAK, Substantiation.SUBSTANTIATED, LocalDate.of(2024, 1, 31),
                LocalDate.of(2024, 3, 1))), "ZG-13-01")).isEmpty();
        assertThat(findings(CompliantCity.with(incident(ConductKind.SECRET_LEAK, Substantiation.SUBSTANTIATED, LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 3, 1))), "ZG-13-01")).hasSize(1);
    }

    // ---------------------------------------------------------------- ZG-13-02

    @Test
    void ZG_13_02_a_substantiated_complaint_of_misusing_personal_information_is_a_text_violation() {
        Finding f = only(CompliantCity.with(complaint(ConductKind.PERSONAL_INFORMATION_MISUSE, Substantiation.SUBSTANTIATED, MAY_10,
                LocalDate.of(2025, 6, 1))), "ZG-13-02");
        assertThat(f.basis()).isEqualTo(Basis.TEXT);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.evidence()).containsEntry("record", "CP-1");
        assertThat(f.messageZh()).startsWith("网格员W-1被投诉非法处理他人个人信息（CP-1，2025年5月10日收到），经调查于2025年6月1日查实，不符合")
                .doesNotContain("{");
        assertThat(f.messageEn()).contains("unlawfully handling others' personal information").doesNotContain("{");
    }

    @Test
    void ZG_13_02_an_access_without_a_purpose_tied_to_a_case_or_matter_is_suspected_misuse() {
        Finding f = only(CompliantCity.with(access("PI-9", MAY_10_AT_10, AccessKind.VIEW, COMMUNITY_GRID, null, null, null, 1)), "ZG-13-02");
        suspected(f);
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.evidence()).containsEntry("record", "PI-9").containsEntry("access", "VIEW");
        assertThat(f.messageZh()).startsWith("网格员W-1于2025年5月10日10时查看他人个人信息（PI-9），未记录与其办理的事件或事项相关的目的，疑似不符合");
        assertThat(f.messageEn()).contains("without a recorded purpose tied to a case or matter").doesNotContain("{");
        // a purpose in words but no case or matter is still not tied to work
        assertThat(findings(CompliantCity.with(access("PI-9", MAY_10_AT_10, AccessKind.VIEW, COMMUNITY_GRID, "了解情况", null, null, 1)),
                "ZG-13-02")).hasSize(1);
    }

    @Test
    void ZG_13_02_an_access_for_a_case_in_the_workers_own_grid_is_compliant() {
        assertThat(findings(CompliantCity.with(access("PI-9", MAY_10_AT_10, AccessKind.VIEW, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 1)),
                "ZG-13-02")).isEmpty();
    }

    @Test
    void ZG_13_02_an_access_for_a_case_of_a_grid_the_worker_does_not_serve_is_suspected_misuse() {
        Case villageCase = new Case("K-V", CaseSource.RESIDENT_DEMAND, MATTER_OPINION, MatterCategory.PUBLIC_OPINION, false, false,
                VILLAGE_GRID, WORKER_VILLAGE, CaseTimeline.collectedAt(MAY_10.atTime(8, 0)), null, List.of(), List.of(), false, null,
                Set.of(), Set.of(), "诉求");
        Finding f = only(CompliantCity.with(villageCase, access("PI-9", MAY_10_AT_10, AccessKind.VIEW, COMMUNITY_GRID, "核实", "K-V", null, 1)),
                "ZG-13-02");
        suspected(f);
        assertThat(f.evidence()).containsEntry("case", "K-V");
        assertThat(f.messageZh()).contains("以事件K-V为由查看他人个人信息（PI-9），该事件既非其收集，也不在其当日服务的网格");
        // the worker who collected it may access for it
        assertThat(findings(CompliantCity.with(villageCase, new PersonalInfoAccess("PI-9", WORKER_VILLAGE, MAY_10_AT_10, AccessKind.VIEW,
                "R-9", VILLAGE_GRID, "核实", "K-V", null, null, 1)), "ZG-13-02")).isEmpty();
    }

    @Test
    void ZG_13_02_an_access_for_a_resident_of_another_grid_without_authorisation_is_suspected_misuse() {
        Finding f = only(CompliantCity.with(access("PI-9", MAY_10_AT_10, AccessKind.VIEW, VILLAGE_GRID, "核实", CASE_ASSIGNED, null, 1)),
                "ZG-13-02");
        suspected(f);
        assertThat(f.evidence()).containsEntry("residentGrid", VILLAGE_GRID).containsEntry("record", "PI-9");
        assertThat(f.messageZh()).contains("查看网格G-VILL-1居民的个人信息（PI-9），该网格不是其当日服务的网格，且无授权记录");
        assertThat(f.messageEn()).contains("grid G-VILL-1").doesNotContain("{");
    }

    @Test
    void ZG_13_02_an_authorised_access_for_a_resident_of_another_grid_is_compliant() {
        assertThat(findings(CompliantCity.with(access("PI-9", MAY_10_AT_10, AccessKind.VIEW, VILLAGE_GRID, "核实", CASE_ASSIGNED, "AUTH-7", 1)),
                "ZG-13-02")).isEmpty();
    }

    @Test
    void ZG_13_02_the_workers_grids_are_those_of_the_access_day_not_of_the_check_date() {
        // W-1 also served the village grid in January 2025 only
        Assignment january = new Assignment("A-W-1-JAN", WORKER_COMMUNITY, VILLAGE_GRID, RONG_AGENCY, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31));
        assertThat(findings(CompliantCity.with(january, access("PI-9", LocalDateTime.of(2025, 1, 31, 17, 0), AccessKind.VIEW, VILLAGE_GRID,
                "核实", CASE_ASSIGNED, null, 1)), "ZG-13-02")).isEmpty();
        assertThat(findings(CompliantCity.with(january, access("PI-9", LocalDateTime.of(2025, 2, 1, 9, 0), AccessKind.VIEW, VILLAGE_GRID,
                "核实", CASE_ASSIGNED, null, 1)), "ZG-13-02")).hasSize(1);
    }

    @Test
    void ZG_13_02_an_access_on_2024_01_31_gives_no_finding_and_one_on_2024_02_01_does() {
        assertThat(findings(CompliantCity.with(access("PI-9", LocalDateTime.of(2024, 1, 31, 23, 59), AccessKind.VIEW, COMMUNITY_GRID, null, null,
                null, 1)), "ZG-13-02")).isEmpty();
        assertThat(findings(CompliantCity.with(access("PI-9", LocalDateTime.of(2024, 2, 1, 0, 0), AccessKind.VIEW, COMMUNITY_GRID, null, null,
                null, 1)), "ZG-13-02")).hasSize(1);
    }

    @Test
    void ZG_13_02_a_disclosure_without_a_legal_basis_is_suspected_and_one_with_a_basis_is_not() {
        PersonalInfoDisclosure none = new PersonalInfoDisclosure("PD-1", WORKER_COMMUNITY, MAY_10_AT_10, DisclosureKind.PROVIDE, "某物业公司",
                null, CASE_ASSIGNED, 12);
        Finding f = only(CompliantCity.with(none), "ZG-13-02");
        suspected(f);
        assertThat(f.evidence()).containsEntry("record", "PD-1").containsEntry("records", "12");
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.messageZh()).startsWith("网格员W-1于2025年5月10日10时提供他人个人信息12条（PD-1），未记录法律依据");
        assertThat(f.messageEn()).doesNotContain("某物业公司"); // the recipient is not echoed
        assertThat(f.messageZh()).doesNotContain("某物业公司");
        PersonalInfoDisclosure based = new PersonalInfoDisclosure("PD-1", WORKER_COMMUNITY, MAY_10_AT_10, DisclosureKind.PROVIDE, "区民政局",
                "《社会救助暂行办法》第五十八条", CASE_ASSIGNED, 12);
        assertThat(findings(CompliantCity.with(based), "ZG-13-02")).isEmpty();
    }

    @Test
    void ZG_13_02_exports_of_50_records_in_one_day_are_within_the_maximum() {
        assertThat(findings(CompliantCity.with(
                access("PI-E1", MAY_10.atTime(9, 0), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 30),
                access("PI-E2", MAY_10.atTime(16, 0), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 20)), "ZG-13-02")).isEmpty();
    }

    @Test
    void ZG_13_02_exports_of_51_records_in_one_day_are_a_suspected_bulk_export_above_the_local_maximum() {
        Finding f = only(CompliantCity.with(
                access("PI-E1", MAY_10.atTime(9, 0), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 30),
                access("PI-E2", MAY_10.atTime(23, 59), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 21)), "ZG-13-02");
        suspected(f);
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.evidence()).containsEntry("records", "51").containsEntry("max", "50").containsEntry("record", "PI-E1,PI-E2");
        assertThat(f.appliedPolicies()).extracting(p -> p.key()).containsExactly("pi.export.max.per-day");
        assertThat(f.messageZh()).startsWith("网格员W-1于2025年5月10日导出他人个人信息共51条（PI-E1、PI-E2），超过每日50条，疑似不符合")
                .endsWith("每日导出个人信息上限为本地设定（50条），尚无地方规范性文件确定。");
        assertThat(f.messageEn()).contains("exported 51 personal-information records on").contains("more than 50 a day")
                .contains("set locally").doesNotContain("{");
    }

    @Test
    void ZG_13_02_exports_on_different_days_are_counted_per_day() {
        assertThat(findings(CompliantCity.with(
                access("PI-E1", MAY_10.atTime(23, 59), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 30),
                access("PI-E2", MAY_10.plusDays(1).atTime(0, 0), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 30)),
                "ZG-13-02")).isEmpty();
        // 51 on one day is counted for that day only
        List<Finding> found = findings(CompliantCity.with(
                access("PI-E1", MAY_10.atTime(23, 59), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 51),
                access("PI-E2", MAY_10.plusDays(1).atTime(0, 0), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 1)),
                "ZG-13-02");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.occurredOn()).isEqualTo(MAY_10));
    }

    // ---------------------------------------------------------------- ZG-13-03

    @Test
    void ZG_13_03_a_substantiated_incident_of_private_gain_is_a_text_violation() {
        Finding f = only(CompliantCity.with(incident(ConductKind.PRIVATE_GAIN, Substantiation.SUBSTANTIATED, MAY_10, LocalDate.of(2025, 6, 1))),
                "ZG-13-03");
        assertThat(f.basis()).isEqualTo(Basis.TEXT);
        assertThat(f.evidence()).containsEntry("record", "CI-1");
        assertThat(f.messageZh()).startsWith("网格员W-1利用工作之便谋取私利，经调查于2025年6月1日查实（CI-1）").doesNotContain("{");
    }

    @Test
    void ZG_13_03_a_payment_from_a_person_served_is_suspected_private_gain() {
        Finding f = only(CompliantCity.with(new PaymentFromServed("PF-1", WORKER_COMMUNITY, MAY_10, "R-0031", CASE_ASSIGNED,
                new java.math.BigDecimal("500.00"))), "ZG-13-03");
        suspected(f);
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.evidence()).containsEntry("record", "PF-1").containsEntry("amount", "500.00");
        assertThat(f.messageZh()).startsWith("网格员W-1于2025年5月10日收受服务对象R-0031给付的财物500.00元（PF-1），疑似不符合")
                .contains("第十三条第三项“利用工作之便谋取私利”的规定");
        Finding unvalued = only(CompliantCity.with(new PaymentFromServed("PF-1", WORKER_COMMUNITY, MAY_10, "R-0031", null, null)), "ZG-13-03");
        suspected(unvalued);
        assertThat(unvalued.messageZh()).contains("价值未记录");
    }

    @Test
    void ZG_13_03_a_payment_received_on_2024_01_31_gives_no_finding_and_one_after_the_check_date_neither() {
        assertThat(findings(CompliantCity.with(new PaymentFromServed("PF-1", WORKER_COMMUNITY, LocalDate.of(2024, 1, 31), "R-0031", null,
                null)), "ZG-13-03")).isEmpty();
        assertThat(findings(CompliantCity.with(new PaymentFromServed("PF-1", WORKER_COMMUNITY, LocalDate.of(2024, 2, 1), "R-0031", null,
                null)), "ZG-13-03")).hasSize(1);
        assertThat(findings(CompliantCity.with(new PaymentFromServed("PF-1", WORKER_COMMUNITY, CompliantCity.AS_OF.plusDays(1), "R-0031",
                null, null)), "ZG-13-03")).isEmpty();
    }

    @Test
    void ZG_13_03_a_worker_who_collects_a_case_to_which_the_worker_is_a_party_is_a_suspected_conflict_of_interest_not_gain() {
        Case own = caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:cc09"), Set.of(WORKER_COMMUNITY, "P-0002"), true,
                VerificationOutcome.RESOLVED, List.of());
        Finding f = only(CompliantCity.with(own), "ZG-13-03");
        suspected(f);
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.evidence()).containsEntry("record", "K-9");
        String body = f.messageZh().substring(0, f.messageZh().indexOf("，疑似"));
        assertThat(body).isEqualTo("网格员W-1是事件K-9的当事人，与该事件有利害关系，仍于2025年5月10日10时收集并办理该事件，应当回避而未回避")
                .doesNotContain("私利").doesNotContain("谋取");
        String bodyEn = f.messageEn().substring(0, f.messageEn().indexOf(". Suspected"));
        assertThat(bodyEn).contains("a conflict of interest").doesNotContain("gain");
    }

    @Test
    void ZG_13_03_a_case_whose_parties_do_not_include_the_collecting_worker_is_compliant() {
        Case other = caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:cc09"), Set.of(WORKER_VILLAGE, "P-0002"), true,
                VerificationOutcome.RESOLVED, List.of());
        assertThat(findings(CompliantCity.with(other), "ZG-13-03")).isEmpty();
    }

    // ---------------------------------------------------------------- ZG-13-04

    @Test
    void ZG_13_04_a_case_the_worker_resolved_on_the_spot_and_verification_found_unresolved_is_suspected_falsification_by_that_worker() {
        Finding f = only(CompliantCity.with(resolvedOnSpot("K-9", WORKER_COMMUNITY, MAY_10_AT_10, VerificationOutcome.UNRESOLVED)), "ZG-13-04");
        suspected(f);
        assertThat(f.subject().kind()).isEqualTo("GridWorker");
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(MAY_10); // the day the worker recorded it resolved
        assertThat(f.evidence()).containsEntry("record", "K-9");
        assertThat(f.messageZh()).startsWith("网格员W-1于2025年5月10日12时登记就地解决事件K-9，该事件以已解决结案，但核查结果为未解决，疑似不符合")
                .contains("第十三条第四项“在工作中弄虚作假、推诿塞责”");
    }

    @Test
    void ZG_13_04_a_case_resolved_and_verified_resolved_or_closed_on_a_departments_feedback_is_not_the_workers_act() {
        assertThat(findings(CompliantCity.with(resolvedOnSpot("K-9", WORKER_COMMUNITY, MAY_10_AT_10, VerificationOutcome.RESOLVED)),
                "ZG-13-04")).isEmpty();
        // closed as resolved on the department's feedback: the record does not show the worker acted
        Case viaDepartment = caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:cc09"), Set.of(), true, VerificationOutcome.UNRESOLVED,
                List.of());
        assertThat(findings(CompliantCity.with(viaDepartment), "ZG-13-04")).isEmpty();
    }

    @Test
    void ZG_13_04_a_check_in_outside_the_workers_grids_or_outside_every_grid_is_suspected_falsification() {
        Finding f = only(CompliantCity.with(new VisitCheckIn("V-1", WORKER_COMMUNITY, MAY_10_AT_10, VILLAGE_GRID, null)), "ZG-13-04");
        suspected(f);
        assertThat(f.evidence()).containsEntry("record", "V-1").containsEntry("locatedIn", VILLAGE_GRID);
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.messageZh()).startsWith("网格员W-1于2025年5月10日10时走访打卡（V-1），打卡位置在网格G-VILL-1内，不在其当日服务的网格");
        Finding nowhere = only(CompliantCity.with(new VisitCheckIn("V-1", WORKER_COMMUNITY, MAY_10_AT_10, null, null)), "ZG-13-04");
        suspected(nowhere);
        assertThat(nowhere.messageZh()).contains("打卡位置不在任何网格内");
        assertThat(nowhere.messageEn()).contains("outside every grid");
    }

    @Test
    void ZG_13_04_a_check_in_in_the_workers_own_grid_is_compliant() {
        assertThat(findings(CompliantCity.with(new VisitCheckIn("V-1", WORKER_COMMUNITY, MAY_10_AT_10, COMMUNITY_GRID, null)), "ZG-13-04"))
                .isEmpty();
    }

    @Test
    void ZG_13_04_a_check_in_counts_against_the_grids_of_its_own_day() {
        Assignment january = new Assignment("A-W-1-JAN", WORKER_COMMUNITY, VILLAGE_GRID, RONG_AGENCY, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 31));
        assertThat(findings(CompliantCity.with(january, new VisitCheckIn("V-1", WORKER_COMMUNITY, LocalDateTime.of(2025, 1, 31, 9, 0),
                VILLAGE_GRID, null)), "ZG-13-04")).isEmpty();
        assertThat(findings(CompliantCity.with(january, new VisitCheckIn("V-1", WORKER_COMMUNITY, LocalDateTime.of(2025, 2, 1, 9, 0),
                VILLAGE_GRID, null)), "ZG-13-04")).hasSize(1);
    }

    @Test
    void ZG_13_04_evidence_of_an_earlier_case_reused_in_a_later_report_is_suspected_falsification_by_the_later_reporter_only() {
        Case first = caseOf("K-8", WORKER_VILLAGE, LocalDateTime.of(2025, 5, 1, 9, 0), Set.of("sha256:dd08"), Set.of(), false, null, List.of());
        Case second = caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:dd08", "sha256:cc09"), Set.of(), false, null, List.of());
        Finding f = only(CompliantCity.with(first, second), "ZG-13-04");
        suspected(f);
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(MAY_10); // the day the evidence was reused
        assertThat(f.evidence()).containsEntry("evidenceRef", "sha256:dd08").containsEntry("record", "K-9").containsEntry("otherCase", "K-8");
        assertThat(f.messageZh()).startsWith("网格员W-1于2025年5月10日10时收集上报的事件K-9，所附证据sha256:dd08已见于此前事件K-8的报告");
    }

    @Test
    void ZG_13_04_a_worker_reusing_the_evidence_of_the_workers_own_earlier_case_is_suspected_once() {
        Case first = caseOf("K-8", WORKER_COMMUNITY, LocalDateTime.of(2025, 5, 1, 9, 0), Set.of("sha256:dd08"), Set.of(), false, null, List.of());
        Case second = caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:dd08"), Set.of(), false, null, List.of());
        assertThat(findings(CompliantCity.with(first, second), "ZG-13-04")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("record", "K-9"));
    }

    @Test
    void ZG_13_04_different_evidence_in_different_cases_is_compliant() {
        Case first = caseOf("K-8", WORKER_VILLAGE, LocalDateTime.of(2025, 5, 1, 9, 0), Set.of("sha256:dd08"), Set.of(), false, null, List.of());
        Case second = caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:cc09"), Set.of(), false, null, List.of());
        assertThat(findings(CompliantCity.with(first, second), "ZG-13-04")).isEmpty();
    }

    @Test
    void ZG_13_04_hand_backs_by_a_department_are_not_judged_under_art_13() {
        List<org.wangge.kernel.model.cases.HandBack> three = List.of(
                new org.wangge.kernel.model.cases.HandBack(MAY_10_AT_10.plusDays(1), CIVIL_AFFAIRS, null),
                new org.wangge.kernel.model.cases.HandBack(MAY_10_AT_10.plusDays(2), CIVIL_AFFAIRS, null),
                new org.wangge.kernel.model.cases.HandBack(MAY_10_AT_10.plusDays(3), CIVIL_AFFAIRS, null));
        assertThat(findings(CompliantCity.with(caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:cc09"), Set.of(), false, null,
                three)), "ZG-13-04")).isEmpty();
        assertThat(ENGINE.rules(CompliantCity.AS_OF)).filteredOn(r -> "art13-worker-conduct.drl".equals(r.file()))
                .noneMatch(r -> r.name().contains("hand back") || r.name().contains("handed back"));
    }

    // ---------------------------------------------------------------- ZG-13-05, ZG-13-06

    @Test
    void ZG_13_05_a_substantiated_complaint_of_rough_conduct_is_a_violation() {
        Finding f = only(CompliantCity.with(complaint(ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION, Substantiation.SUBSTANTIATED, MAY_10,
                LocalDate.of(2025, 5, 20))), "ZG-13-05");
        assertThat(f.basis()).isEqualTo(Basis.TEXT);
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.evidence()).containsEntry("record", "CP-1");
        assertThat(f.messageZh()).startsWith("网格员W-1被投诉态度蛮横、行为粗暴或者故意刁难服务对象（CP-1，2025年5月10日收到），经调查于2025年5月20日查实")
                .doesNotContain("{");
        assertThat(f.messageEn()).contains("deliberately making things hard for those served").doesNotContain("obstruct").doesNotContain("{");
    }

    @Test
    void ZG_13_05_an_unsubstantiated_complaint_of_rough_conduct_is_no_breach() {
        assertThat(findings(CompliantCity.with(complaint(ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION, Substantiation.NOT_SUBSTANTIATED, MAY_10,
                LocalDate.of(2025, 5, 20))), "ZG-13-05")).isEmpty();
    }

    @Test
    void ZG_13_06_a_substantiated_incident_of_other_unlawful_or_irregular_conduct_is_a_violation_and_only_under_item_6() {
        CitySnapshot s = CompliantCity.with(incident(ConductKind.OTHER_ILLEGAL, Substantiation.SUBSTANTIATED, MAY_10, LocalDate.of(2025, 6, 1)));
        Finding f = only(s, "ZG-13-06");
        assertThat(f.evidence()).containsEntry("record", "CI-1");
        assertThat(f.messageZh()).startsWith("网格员W-1有其他违法违规行为，经调查于2025年6月1日查实（CI-1），不符合");
        assertThat(f.messageEn()).contains("Grid worker W-1 committed other unlawful or irregular conduct, substantiated by investigation")
                .doesNotContain("{");
        assertThat(check(s).findingsUnderArticle(13)).hasSize(1);
    }

    @Test
    void ZG_13_06_a_pending_incident_of_other_illegal_conduct_is_no_breach() {
        assertThat(findings(CompliantCity.with(incident(ConductKind.OTHER_ILLEGAL, Substantiation.PENDING, MAY_10, null)), "ZG-13-06")).isEmpty();
        assertThat(findings(CompliantCity.with(complaint(ConductKind.OTHER_ILLEGAL, Substantiation.NOT_SUBSTANTIATED, MAY_10,
                LocalDate.of(2025, 6, 1))), "ZG-13-06")).isEmpty();
    }
}
