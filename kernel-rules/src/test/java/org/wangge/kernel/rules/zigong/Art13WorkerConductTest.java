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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/** ZG-13-01 … ZG-13-06: what grid workers shall not do (Art. 13). */
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

    static Finding only(CitySnapshot snapshot, String constraintId) {
        List<Finding> findings = findings(snapshot, constraintId);
        assertThat(findings).hasSize(1);
        return findings.get(0);
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
        assertThat(f.messageZh()).contains("网格员 W-1 泄露国家秘密或商业秘密，已查实（CI-1）").contains("第十三条第一项").doesNotContain("{");
        assertThat(f.messageEn()).contains("Grid worker W-1 leaked state or commercial secrets, substantiated (CI-1)")
                .contains("Art. 13(1)").doesNotContain("{");
        assertThat(f.ruleFile()).isEqualTo("art13-worker-conduct.drl");
    }

    @Test
    void ZG_13_01_a_substantiated_complaint_of_leaking_secrets_is_a_violation_dated_on_its_receipt() {
        Finding f = only(CompliantCity.with(complaint(ConductKind.SECRET_LEAK, Substantiation.SUBSTANTIATED, MAY_10, LocalDate.of(2025, 6, 1))),
                "ZG-13-01");
        assertThat(f.evidence()).containsEntry("record", "CP-1");
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
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
    void ZG_13_02_a_substantiated_complaint_of_misusing_personal_information_is_a_violation() {
        Finding f = only(CompliantCity.with(complaint(ConductKind.PERSONAL_INFORMATION_MISUSE, Substantiation.SUBSTANTIATED, MAY_10,
                LocalDate.of(2025, 6, 1))), "ZG-13-02");
        assertThat(f.evidence()).containsEntry("record", "CP-1");
        assertThat(f.messageEn()).contains("Grid worker W-1 (CP-1): illegal collection").doesNotContain("{");
        assertThat(f.messageZh()).contains("网格员 W-1（CP-1）：非法收集").doesNotContain("{");
    }

    @Test
    void ZG_13_02_an_access_without_a_purpose_tied_to_a_case_or_matter_is_a_violation() {
        Finding f = only(CompliantCity.with(access("PI-9", MAY_10_AT_10, AccessKind.VIEW, COMMUNITY_GRID, null, null, null, 1)), "ZG-13-02");
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.evidence()).containsEntry("record", "PI-9").containsEntry("access", "VIEW");
        assertThat(f.messageEn()).contains("(PI-9)").contains("without a stated purpose tied to a case or matter").doesNotContain("{");
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
    void ZG_13_02_an_access_for_a_resident_of_another_grid_without_authorisation_is_a_violation() {
        Finding f = only(CompliantCity.with(access("PI-9", MAY_10_AT_10, AccessKind.VIEW, VILLAGE_GRID, "核实", CASE_ASSIGNED, null, 1)),
                "ZG-13-02");
        assertThat(f.evidence()).containsEntry("residentGrid", VILLAGE_GRID).containsEntry("record", "PI-9");
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
    void ZG_13_02_a_disclosure_without_a_legal_basis_is_a_violation_and_one_with_a_basis_is_not() {
        PersonalInfoDisclosure none = new PersonalInfoDisclosure("PD-1", WORKER_COMMUNITY, MAY_10_AT_10, DisclosureKind.PROVIDE, "某物业公司",
                null, CASE_ASSIGNED, 12);
        Finding f = only(CompliantCity.with(none), "ZG-13-02");
        assertThat(f.evidence()).containsEntry("record", "PD-1").containsEntry("records", "12");
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.messageEn()).doesNotContain("某物业公司"); // the recipient is not echoed
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
    void ZG_13_02_exports_of_51_records_in_one_day_breach_the_maximum() {
        Finding f = only(CompliantCity.with(
                access("PI-E1", MAY_10.atTime(9, 0), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 30),
                access("PI-E2", MAY_10.atTime(23, 59), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 21)), "ZG-13-02");
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.evidence()).containsEntry("records", "51").containsEntry("max", "50").containsEntry("record", "PI-E1,PI-E2");
        assertThat(f.messageEn()).contains("exported 51 personal-information records on 2025-05-10, above the daily maximum of 50")
                .doesNotContain("{");
        assertThat(f.messageZh()).contains("导出个人信息共 51 条，超过每日上限 50 条").doesNotContain("{");
    }

    @Test
    void ZG_13_02_exports_on_different_days_are_counted_per_day() {
        assertThat(findings(CompliantCity.with(
                access("PI-E1", MAY_10.atTime(23, 59), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 30),
                access("PI-E2", MAY_10.plusDays(1).atTime(0, 0), AccessKind.EXPORT, COMMUNITY_GRID, "核实", CASE_ASSIGNED, null, 30)),
                "ZG-13-02")).isEmpty();
    }

    // ---------------------------------------------------------------- ZG-13-03

    @Test
    void ZG_13_03_a_substantiated_incident_of_private_gain_is_a_violation() {
        Finding f = only(CompliantCity.with(incident(ConductKind.PRIVATE_GAIN, Substantiation.SUBSTANTIATED, MAY_10, LocalDate.of(2025, 6, 1))),
                "ZG-13-03");
        assertThat(f.evidence()).containsEntry("record", "CI-1");
        assertThat(f.messageZh()).contains("网格员 W-1（CI-1）：利用工作之便谋取私利").doesNotContain("{");
    }

    @Test
    void ZG_13_03_a_worker_who_collects_a_case_to_which_the_worker_is_a_party_breaches() {
        Case own = caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:cc09"), Set.of(WORKER_COMMUNITY, "P-0002"), true,
                VerificationOutcome.RESOLVED, List.of());
        Finding f = only(CompliantCity.with(own), "ZG-13-03");
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        assertThat(f.evidence()).containsEntry("record", "K-9");
        assertThat(f.messageEn()).contains("case K-9, in which the worker is a party of interest").doesNotContain("{");
    }

    @Test
    void ZG_13_03_a_case_whose_parties_do_not_include_the_collecting_worker_is_compliant() {
        Case other = caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:cc09"), Set.of(WORKER_VILLAGE, "P-0002"), true,
                VerificationOutcome.RESOLVED, List.of());
        assertThat(findings(CompliantCity.with(other), "ZG-13-03")).isEmpty();
    }

    // ---------------------------------------------------------------- ZG-13-04

    @Test
    void ZG_13_04_a_case_closed_as_resolved_that_verification_found_unresolved_is_falsification_by_its_collector() {
        Case c = caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:cc09"), Set.of(), true, VerificationOutcome.UNRESOLVED, List.of());
        Finding f = only(CompliantCity.with(c), "ZG-13-04");
        assertThat(f.subject().kind()).isEqualTo("GridWorker");
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 5, 13)); // closed three days after collection
        assertThat(f.evidence()).containsEntry("record", "K-9");
        assertThat(f.messageEn()).contains("Grid worker W-1 (K-9): case K-9 was closed as resolved but verification found it unresolved")
                .doesNotContain("{");
        assertThat(f.messageZh()).contains("以已解决结案，但核查结果为未解决").doesNotContain("{");
    }

    @Test
    void ZG_13_04_a_case_closed_as_resolved_and_verified_resolved_is_compliant() {
        Case c = caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:cc09"), Set.of(), true, VerificationOutcome.RESOLVED, List.of());
        assertThat(findings(CompliantCity.with(c), "ZG-13-04")).isEmpty();
    }

    @Test
    void ZG_13_04_a_check_in_outside_the_workers_grids_or_outside_every_grid_is_falsification() {
        Finding f = only(CompliantCity.with(new VisitCheckIn("V-1", WORKER_COMMUNITY, MAY_10_AT_10, VILLAGE_GRID, null)), "ZG-13-04");
        assertThat(f.evidence()).containsEntry("record", "V-1").containsEntry("locatedIn", VILLAGE_GRID);
        assertThat(f.occurredOn()).isEqualTo(MAY_10);
        Finding nowhere = only(CompliantCity.with(new VisitCheckIn("V-1", WORKER_COMMUNITY, MAY_10_AT_10, null, null)), "ZG-13-04");
        assertThat(nowhere.evidence()).containsEntry("locatedIn", "none");
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
    void ZG_13_04_the_same_evidence_in_reports_of_two_cases_is_falsification_by_both_collectors() {
        Case first = caseOf("K-8", WORKER_VILLAGE, LocalDateTime.of(2025, 5, 1, 9, 0), Set.of("sha256:dd08"), Set.of(), false, null, List.of());
        Case second = caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:dd08", "sha256:cc09"), Set.of(), false, null, List.of());
        List<Finding> found = findings(CompliantCity.with(first, second), "ZG-13-04");
        assertThat(found).extracting(f -> f.subject().id()).containsExactlyInAnyOrder(WORKER_COMMUNITY, WORKER_VILLAGE);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.occurredOn()).isEqualTo(MAY_10); // the day the evidence was reused
            assertThat(f.evidence()).containsEntry("evidenceRef", "sha256:dd08");
        });
        Finding w1 = found.stream().filter(f -> f.subject().id().equals(WORKER_COMMUNITY)).findFirst().orElseThrow();
        assertThat(w1.evidence()).containsEntry("record", "K-9").containsEntry("otherCase", "K-8");
    }

    @Test
    void ZG_13_04_different_evidence_in_different_cases_is_compliant() {
        Case first = caseOf("K-8", WORKER_VILLAGE, LocalDateTime.of(2025, 5, 1, 9, 0), Set.of("sha256:dd08"), Set.of(), false, null, List.of());
        assertThat(findings(CompliantCity.with(first), "ZG-13-04")).isEmpty();
    }

    static List<HandBack> handBacks(int withoutReason, int withReason) {
        List<HandBack> out = new ArrayList<>();
        for (int i = 0; i < withoutReason + withReason; i++) {
            out.add(new HandBack(MAY_10_AT_10.plusDays(i + 1), CIVIL_AFFAIRS, i < withoutReason ? null : "不属本部门职责"));
        }
        return out;
    }

    @Test
    void ZG_13_04_two_hand_backs_without_a_reason_are_within_the_maximum() {
        assertThat(findings(CompliantCity.with(caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:cc09"), Set.of(), false, null,
                handBacks(2, 3))), "ZG-13-04")).isEmpty();
    }

    @Test
    void ZG_13_04_a_third_hand_back_without_a_reason_is_shirking_by_the_case() {
        Finding f = only(CompliantCity.with(caseOf("K-9", WORKER_COMMUNITY, MAY_10_AT_10, Set.of("sha256:cc09"), Set.of(), false, null,
                handBacks(3, 0))), "ZG-13-04");
        assertThat(f.subject().kind()).isEqualTo("Case");
        assertThat(f.subject().id()).isEqualTo("K-9");
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 5, 13)); // the third unexplained hand-back
        assertThat(f.evidence()).containsEntry("handBacks", "3").containsEntry("max", "2");
        assertThat(f.messageEn()).contains("Case K-9 (K-9): handed back 3 times without a reason, more than the maximum of 2")
                .doesNotContain("{");
    }

    // ---------------------------------------------------------------- ZG-13-05, ZG-13-06

    @Test
    void ZG_13_05_a_substantiated_complaint_of_rough_conduct_is_a_violation() {
        Finding f = only(CompliantCity.with(complaint(ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION, Substantiation.SUBSTANTIATED, MAY_10,
                LocalDate.of(2025, 5, 20))), "ZG-13-05");
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.evidence()).containsEntry("record", "CP-1");
        assertThat(f.messageZh()).contains("网格员 W-1 态度蛮横、行为粗暴或故意刁难服务对象，已查实（CP-1）").doesNotContain("{");
        assertThat(f.messageEn()).doesNotContain("{");
    }

    @Test
    void ZG_13_05_an_unsubstantiated_complaint_of_rough_conduct_is_no_breach() {
        assertThat(findings(CompliantCity.with(complaint(ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION, Substantiation.NOT_SUBSTANTIATED, MAY_10,
                LocalDate.of(2025, 5, 20))), "ZG-13-05")).isEmpty();
    }

    @Test
    void ZG_13_06_a_substantiated_incident_of_other_illegal_conduct_is_a_violation_and_only_under_item_6() {
        CitySnapshot s = CompliantCity.with(incident(ConductKind.OTHER_ILLEGAL, Substantiation.SUBSTANTIATED, MAY_10, LocalDate.of(2025, 6, 1)));
        Finding f = only(s, "ZG-13-06");
        assertThat(f.evidence()).containsEntry("record", "CI-1");
        assertThat(f.messageEn()).contains("Grid worker W-1 committed other illegal conduct, substantiated (CI-1)").doesNotContain("{");
        assertThat(check(s).findingsUnderArticle(13)).hasSize(1);
    }

    @Test
    void ZG_13_06_a_pending_incident_of_other_illegal_conduct_is_no_breach() {
        assertThat(findings(CompliantCity.with(incident(ConductKind.OTHER_ILLEGAL, Substantiation.PENDING, MAY_10, null)), "ZG-13-06")).isEmpty();
        assertThat(findings(CompliantCity.with(complaint(ConductKind.OTHER_ILLEGAL, Substantiation.NOT_SUBSTANTIATED, MAY_10,
                LocalDate.of(2025, 6, 1))), "ZG-13-06")).isEmpty();
    }
}
