package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.model.testdata.CompliantCity.AS_OF;
import static org.wangge.kernel.model.testdata.CompliantCity.RONG_AGENCY;
import static org.wangge.kernel.model.testdata.CompliantCity.WORKER_COMMUNITY;
import static org.wangge.kernel.model.testdata.CompliantCity.WORKER_VILLAGE;
import static org.wangge.kernel.model.testdata.CompliantCity.ZLJ_AGENCY;
import static org.wangge.kernel.model.testdata.CompliantCity.ZLJ_GOV;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.model.worker.InsuranceKind;
import org.wangge.kernel.model.worker.InsurancePolicy;
import org.wangge.kernel.model.worker.LabourContract;
import org.wangge.kernel.model.worker.PayRecord;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.facts.CoverKind;
import org.wangge.kernel.rules.facts.CoverPeriod;
import org.wangge.kernel.rules.facts.Coverage;
import org.wangge.kernel.rules.facts.CoverageGap;

/** ZG-18-01 … ZG-18-04: pay in full and on time; contracts and insurance on every day of service (Art. 18). */
class Art18PayAndInsuranceTest extends RuleTestSupport {

    private static final LocalDate SERVICE_START = LocalDate.of(2024, 2, 1); // every worker of the compliant city began then
    private static final String PAY = "PAY-" + WORKER_COMMUNITY + "-2025-05";

    static PayRecord pay(LocalDate due, String amountDue, LocalDate paid, String amountPaid) {
        return new PayRecord(PAY, WORKER_COMMUNITY, ZLJ_GOV, PayRecord.PayKind.PAY, due, new BigDecimal(amountDue), paid, new BigDecimal(amountPaid));
    }

    static LabourContract contract(String id, LocalDate from, LocalDate to) {
        return new LabourContract(id, WORKER_COMMUNITY, ZLJ_AGENCY, from, to);
    }

    static InsurancePolicy social(LocalDate from, LocalDate to) {
        return new InsurancePolicy("SI-" + WORKER_COMMUNITY, WORKER_COMMUNITY, InsuranceKind.SOCIAL, ZLJ_AGENCY, from, to);
    }

    static InsurancePolicy accident(LocalDate from, LocalDate to) {
        return new InsurancePolicy("PA-" + WORKER_VILLAGE, WORKER_VILLAGE, InsuranceKind.PERSONAL_ACCIDENT, RONG_AGENCY, from, to);
    }

    static GridWorker communityWorker(LocalDate from, LocalDate to) {
        GridWorker w = CompliantCity.snapshot().workers().stream().filter(x -> x.id().equals(WORKER_COMMUNITY)).findFirst().orElseThrow();
        return new GridWorker(w.id(), w.name(), w.idNumber(), w.phone(), w.employment(), from, to);
    }

    // ---------------------------------------------------------------- ZG-18-01

    @Test
    void ZG_18_01_pay_in_full_on_its_due_date_is_compliant() {
        assertThat(findings(CompliantCity.with(pay(LocalDate.of(2025, 5, 31), "3500.00", LocalDate.of(2025, 5, 31), "3500.00")), "ZG-18-01"))
                .isEmpty();
    }

    @Test
    void ZG_18_01_pay_one_day_late_breaches_on_the_first_late_day() {
        Finding f = findings(CompliantCity.with(pay(LocalDate.of(2025, 5, 31), "3500.00", LocalDate.of(2025, 6, 1), "3500.00")), "ZG-18-01")
                .get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("PayRecord");
        assertThat(f.subject().id()).isEqualTo(PAY);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(f.evidence()).containsEntry("worker", WORKER_COMMUNITY).containsEntry("due", "2025-05-31").containsEntry("paid", "2025-06-01")
                .containsEntry("amountDue", "3500.00").containsEntry("amountPaid", "3500.00").containsEntry("graceDays", "0");
        assertThat(f.messageZh()).contains("网格员 W-1 的薪酬或补助 PAY-W-1-2025-05：应于 2025年5月31日 足额发放 3500.00 元")
                .contains("实际：2025-06-01 发放 3500.00 元").contains("第十八条第一款").doesNotContain("{");
        assertThat(f.messageEn()).contains("3500.00 yuan due 31 May 2025").contains("paid: 3500.00 yuan on 2025-06-01").doesNotContain("{");
        assertThat(f.ruleFile()).isEqualTo("art18-pay-and-insurance.drl");
    }

    @Test
    void ZG_18_01_a_part_payment_on_time_is_not_in_full() {
        Finding f = findings(CompliantCity.with(pay(LocalDate.of(2025, 5, 31), "3500.00", LocalDate.of(2025, 5, 30), "3499.99")), "ZG-18-01")
                .get(0);
        assertThat(f.evidence()).containsEntry("amountPaid", "3499.99");
    }

    @Test
    void ZG_18_01_unpaid_pay_is_a_breach_only_once_its_due_date_has_passed() {
        assertThat(findings(CompliantCity.with(pay(AS_OF, "3500.00", null, "0")), "ZG-18-01")).isEmpty();
        Finding f = findings(CompliantCity.with(pay(AS_OF.minusDays(1), "3500.00", null, "0")), "ZG-18-01").get(0);
        assertThat(f.occurredOn()).isEqualTo(AS_OF);
        assertThat(f.evidence()).containsEntry("paid", "none");
        assertThat(f.messageZh()).contains("实际：未发放").doesNotContain("{");
        assertThat(f.messageEn()).contains("paid: nothing");
    }

    @Test
    void ZG_18_01_pay_due_and_paid_late_before_the_measures_came_into_force_gives_no_finding() {
        assertThat(findings(CompliantCity.with(pay(LocalDate.of(2024, 1, 30), "3500.00", LocalDate.of(2024, 1, 31), "3500.00")), "ZG-18-01"))
                .isEmpty();
        assertThat(findings(CompliantCity.with(pay(LocalDate.of(2024, 1, 31), "3500.00", LocalDate.of(2024, 2, 1), "3500.00")), "ZG-18-01"))
                .hasSize(1);
    }

    // ---------------------------------------------------------------- Coverage

    @Test
    void ZG_18_coverage_gaps_are_counted_day_by_day() {
        LocalDate a = LocalDate.of(2024, 2, 1);
        LocalDate z = LocalDate.of(2024, 2, 29);
        assertThat(Coverage.firstGap(a, z, List.of(new CoverPeriod("W", CoverKind.SOCIAL_INSURANCE, a, null)))).isEqualTo(CoverageGap.NONE);
        assertThat(Coverage.firstGap(a, z, List.of())).isEqualTo(new CoverageGap(a, 29));
        assertThat(Coverage.firstGap(a, z, List.of(
                new CoverPeriod("W", CoverKind.SOCIAL_INSURANCE, LocalDate.of(2024, 2, 11), LocalDate.of(2024, 2, 20)),
                new CoverPeriod("W", CoverKind.SOCIAL_INSURANCE, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 9)),
                new CoverPeriod("W", CoverKind.SOCIAL_INSURANCE, LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 25)))))
                .isEqualTo(new CoverageGap(LocalDate.of(2024, 2, 10), 5)); // the 10th, and the 26th to the 29th
        assertThat(Coverage.firstGap(z, a, List.of())).isEqualTo(CoverageGap.NONE);
    }

    // ---------------------------------------------------------------- ZG-18-02

    @Test
    void ZG_18_02_a_labour_contract_starting_on_the_first_day_of_service_is_compliant() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-18-02")).isEmpty();
    }

    @Test
    void ZG_18_02_a_labour_contract_starting_the_day_after_service_began_leaves_one_day_uncovered() {
        Finding f = findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, SERVICE_START.plusDays(1), null)), "ZG-18-02").get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("GridWorker");
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(SERVICE_START);
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2024-02-01").containsEntry("uncoveredDays", "1");
        assertThat(f.messageZh()).contains("专职网格员 W-1 在 2024年2月1日 起的服务期间无有效劳动用工合同（共 1 天）").doesNotContain("{");
        assertThat(f.messageEn()).contains("Full-time grid worker W-1 served without a valid labour contract from 1 February 2024 (1 day(s))")
                .doesNotContain("{");
    }

    @Test
    void ZG_18_02_a_one_day_gap_between_two_contracts_mid_service_is_a_breach_of_one_day() {
        Finding f = findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, SERVICE_START, LocalDate.of(2024, 12, 31)),
                contract("LC-" + WORKER_COMMUNITY + "-2", LocalDate.of(2025, 1, 2), null)), "ZG-18-02").get(0);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2025-01-01").containsEntry("uncoveredDays", "1");
        assertThat(findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, SERVICE_START, LocalDate.of(2024, 12, 31)),
                contract("LC-" + WORKER_COMMUNITY + "-2", LocalDate.of(2025, 1, 1), null)), "ZG-18-02")).isEmpty();
    }

    @Test
    void ZG_18_02_a_contract_ending_before_the_check_date_leaves_the_days_after_uncovered() {
        Finding f = findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, SERVICE_START, AS_OF.minusDays(1))), "ZG-18-02").get(0);
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2025-06-30").containsEntry("uncoveredDays", "1");
        assertThat(findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, SERVICE_START, AS_OF)), "ZG-18-02")).isEmpty();
    }

    @Test
    void ZG_18_02_days_of_service_before_the_measures_came_into_force_are_not_checked() {
        assertThat(findings(CompliantCity.with(communityWorker(LocalDate.of(2023, 6, 1), null)), "ZG-18-02")).isEmpty();
    }

    @Test
    void ZG_18_02_days_after_service_ended_are_not_checked() {
        assertThat(findings(CompliantCity.with(communityWorker(SERVICE_START, LocalDate.of(2024, 12, 31)),
                contract("LC-" + WORKER_COMMUNITY, SERVICE_START, LocalDate.of(2024, 12, 31))), "ZG-18-02")).isEmpty();
    }

    // ---------------------------------------------------------------- ZG-18-03

    @Test
    void ZG_18_03_social_insurance_ending_the_day_before_service_began_leaves_every_day_uncovered() {
        Finding f = findings(CompliantCity.with(social(LocalDate.of(2023, 1, 1), SERVICE_START.minusDays(1))), "ZG-18-03").get(0);
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(SERVICE_START);
        // 2024-02-01 to 2025-06-30: 335 days of 2024 and 181 of 2025
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2024-02-01").containsEntry("uncoveredDays", "516");
        assertThat(f.messageEn()).contains("Full-time grid worker W-1 served without social insurance from 1 February 2024 (516 day(s))")
                .doesNotContain("{");
        assertThat(f.messageZh()).contains("无社会保险（共 516 天）").doesNotContain("{");
    }

    @Test
    void ZG_18_03_social_insurance_starting_on_the_first_day_of_service_is_compliant() {
        assertThat(findings(CompliantCity.with(social(SERVICE_START, null)), "ZG-18-03")).isEmpty();
    }

    @Test
    void ZG_18_03_does_not_apply_to_part_time_workers() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-18-03")).isEmpty(); // the part-time village worker has no social insurance
    }

    // ---------------------------------------------------------------- ZG-18-04

    @Test
    void ZG_18_04_a_part_time_worker_whose_accident_insurance_lapses_is_uncovered_from_the_next_day() {
        Finding f = findings(CompliantCity.with(accident(SERVICE_START, LocalDate.of(2025, 6, 19))), "ZG-18-04").get(0);
        assertThat(f.subject().id()).isEqualTo(WORKER_VILLAGE);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2025-06-20").containsEntry("uncoveredDays", "11");
        assertThat(f.messageZh()).contains("兼职网格员 W-2 在 2025年6月20日 起的服务期间既无工伤保险也无人身意外保险（共 11 天）").doesNotContain("{");
        assertThat(f.messageEn()).doesNotContain("{");
    }

    @Test
    void ZG_18_04_work_injury_insurance_covers_the_days_without_accident_insurance() {
        InsurancePolicy injury = new InsurancePolicy("WI-" + WORKER_VILLAGE, WORKER_VILLAGE, InsuranceKind.WORK_INJURY, RONG_AGENCY,
                LocalDate.of(2025, 6, 20), null);
        assertThat(findings(CompliantCity.with(accident(SERVICE_START, LocalDate.of(2025, 6, 19)), injury), "ZG-18-04")).isEmpty();
        InsurancePolicy shorter = new InsurancePolicy("WI-" + WORKER_VILLAGE, WORKER_VILLAGE, InsuranceKind.WORK_INJURY, RONG_AGENCY,
                LocalDate.of(2025, 6, 21), null);
        Finding f = findings(CompliantCity.with(accident(SERVICE_START, LocalDate.of(2025, 6, 19)), shorter), "ZG-18-04").get(0);
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2025-06-20").containsEntry("uncoveredDays", "1");
    }

    @Test
    void ZG_18_04_accident_insurance_starting_on_the_first_day_of_service_is_compliant_and_the_day_after_is_not() {
        assertThat(findings(CompliantCity.with(accident(SERVICE_START, null)), "ZG-18-04")).isEmpty();
        assertThat(findings(CompliantCity.with(accident(SERVICE_START.plusDays(1), null)), "ZG-18-04")).hasSize(1);
    }
}
