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

    static String maskedName(String workerId) {
        return CompliantCity.snapshot().workers().stream().filter(x -> x.id().equals(workerId)).findFirst().orElseThrow().name().masked();
    }

    // ---------------------------------------------------------------- ZG-18-01

    @Test
    void ZG_18_01_pay_in_full_on_its_due_date_is_compliant() {
        assertThat(findings(CompliantCity.with(pay(LocalDate.of(2025, 5, 31), "3500.00", LocalDate.of(2025, 5, 31), "3500.00")), "ZG-18-01"))
                .isEmpty();
    }

    @Test
    void ZG_18_01_pay_one_day_late_is_a_breach_of_the_paying_county_government_on_the_first_late_day() {
        Finding f = findings(CompliantCity.with(pay(LocalDate.of(2025, 5, 31), "3500.00", LocalDate.of(2025, 6, 1), "3500.00")), "ZG-18-01")
                .get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("Organisation");
        assertThat(f.subject().id()).isEqualTo(ZLJ_GOV);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        String masked = maskedName(WORKER_COMMUNITY);
        assertThat(f.evidence()).containsEntry("payRecord", PAY).containsEntry("workerId", WORKER_COMMUNITY).containsEntry("worker", masked)
                .containsEntry("due", "2025-05-31").containsEntry("paid", "2025-06-01").containsEntry("amountDue", "3500.00")
                .containsEntry("amountPaid", "3500.00").containsEntry("graceDays", "0").containsEntry("kind", "PAY");
        assertThat(f.evidence().values()).noneMatch(v -> v.equals(CompliantCity.snapshot().workers().get(0).name().unmasked()));
        assertThat(f.messageZh()).startsWith("自流井区人民政府最迟应于2025年5月31日足额发放的网格员" + masked
                + "（W-1）薪酬3500.00元（2025年5月31日到期，记录PAY-W-1-2025-05），于2025年6月1日方发放3500.00元")
                .contains("第十八条第一款").doesNotContain("{");
        OfficialText.assertChinese(f, WORKER_COMMUNITY, PAY);
        assertThat(f.messageEn()).contains("3500.00 yuan of pay (due 31 May 2025, record PAY-W-1-2025-05) in full by 31 May 2025; paid 3500.00 yuan on 1 June 2025")
                .doesNotContain("{");
        assertThat(f.ruleFile()).isEqualTo("art18-pay-and-insurance.drl");
    }

    @Test
    void ZG_18_01_a_part_payment_on_time_is_not_in_full() {
        Finding f = findings(CompliantCity.with(pay(LocalDate.of(2025, 5, 31), "3500.00", LocalDate.of(2025, 5, 30), "3499.99")), "ZG-18-01")
                .get(0);
        assertThat(f.evidence()).containsEntry("amountPaid", "3499.99").containsEntry("shortBy", "0.01");
        assertThat(f.messageZh()).contains("于2025年5月30日仅发放3499.99元，少发0.01元");
        OfficialText.assertChinese(f, WORKER_COMMUNITY, PAY);
    }

    @Test
    void ZG_18_01_unpaid_pay_is_a_breach_only_once_its_due_date_has_passed() {
        assertThat(findings(CompliantCity.with(pay(AS_OF, "3500.00", null, "0")), "ZG-18-01")).isEmpty();
        Finding f = findings(CompliantCity.with(pay(AS_OF.minusDays(1), "3500.00", null, "0")), "ZG-18-01").get(0);
        assertThat(f.occurredOn()).isEqualTo(AS_OF);
        assertThat(f.evidence()).doesNotContainKey("paid");
        assertThat(f.messageZh()).contains("截至2025年6月30日未发放").doesNotContain("{");
        OfficialText.assertChinese(f, WORKER_COMMUNITY, PAY);
        assertThat(f.messageEn()).contains("unpaid as of 30 June 2025");
    }

    @Test
    void ZG_18_01_a_payment_recorded_after_the_check_date_is_unpaid_on_it() {
        Finding f = findings(CompliantCity.with(pay(LocalDate.of(2025, 5, 31), "3500.00", AS_OF.plusDays(1), "3500.00")), "ZG-18-01").get(0);
        assertThat(f.messageZh()).contains("未发放");
    }

    @Test
    void ZG_18_01_pay_falling_due_before_the_measures_came_into_force_is_out_of_scope_even_if_paid_after() {
        assertThat(findings(CompliantCity.with(pay(LocalDate.of(2024, 1, 30), "3500.00", LocalDate.of(2024, 1, 31), "3500.00")), "ZG-18-01"))
                .isEmpty();
        assertThat(findings(CompliantCity.with(pay(LocalDate.of(2024, 1, 31), "3500.00", LocalDate.of(2024, 2, 1), "3500.00")), "ZG-18-01"))
                .isEmpty();
        assertThat(findings(CompliantCity.with(pay(LocalDate.of(2024, 1, 31), "3500.00", null, "0")), "ZG-18-01")).isEmpty();
        assertThat(findings(CompliantCity.with(pay(LocalDate.of(2024, 2, 1), "3500.00", LocalDate.of(2024, 2, 2), "3500.00")), "ZG-18-01"))
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

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);

    static LabourContract signed(LocalDate from, LocalDate signedOn) {
        return new LabourContract("LC-" + WORKER_COMMUNITY, WORKER_COMMUNITY, ZLJ_AGENCY, from, null, signedOn);
    }

    static InsurancePolicy registered(LocalDate from, LocalDate registeredOn) {
        return new InsurancePolicy("SI-" + WORKER_COMMUNITY, WORKER_COMMUNITY, InsuranceKind.SOCIAL, ZLJ_AGENCY, from, null, registeredOn);
    }

    @Test
    void ZG_18_02_a_labour_contract_starting_on_the_first_day_of_service_is_compliant() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-18-02")).isEmpty();
    }

    @Test
    void ZG_18_02_a_contract_signed_exactly_one_month_after_starting_work_is_on_time() {
        // started 2024-03-01: one month (the first day not counted) runs to 2024-04-01
        assertThat(findings(CompliantCity.with(communityWorker(MARCH, null), signed(MARCH, LocalDate.of(2024, 4, 1))), "ZG-18-02")).isEmpty();
    }

    @Test
    void ZG_18_02_a_contract_signed_one_day_after_the_month_breaches_for_that_day() {
        Finding f = findings(CompliantCity.with(communityWorker(MARCH, null), signed(MARCH, LocalDate.of(2024, 4, 2))), "ZG-18-02").get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("GridWorker");
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2024-04-02").containsEntry("uncoveredDays", "1")
                .containsEntry("deadline", "2024-04-01").containsEntry("serviceFrom", "2024-03-01");
        String masked = maskedName(WORKER_COMMUNITY);
        assertThat(f.messageZh()).startsWith("专职网格员" + masked + "（W-1）自2024年3月1日起用工，最迟应于2024年4月1日订立书面劳动合同；"
                + "自2024年4月2日起共1日无已订立且有效的劳动用工合同").contains("第十八条第二款").doesNotContain("{");
        OfficialText.assertChinese(f, WORKER_COMMUNITY);
        assertThat(f.messageEn()).contains("a written labour contract was due by 1 April 2024; from 2 April 2024, 1 day(s) without a signed contract in force")
                .doesNotContain("{");
    }

    @Test
    void ZG_18_02_a_contract_in_force_from_within_the_first_month_is_compliant() {
        assertThat(findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, SERVICE_START.plusDays(1), null)), "ZG-18-02")).isEmpty();
        // started 2024-02-01: the month runs to 2024-03-01, so the contract must be in force from 2024-03-02
        assertThat(findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, LocalDate.of(2024, 3, 2), null)), "ZG-18-02")).isEmpty();
        Finding f = findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, LocalDate.of(2024, 3, 3), null)), "ZG-18-02").get(0);
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2024-03-02").containsEntry("uncoveredDays", "1");
    }

    @Test
    void ZG_18_02_a_worker_who_started_in_2023_without_a_contract_breaches_from_2024_02_01_until_signed() {
        Finding f = findings(CompliantCity.with(communityWorker(LocalDate.of(2023, 6, 1), null),
                signed(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 3, 10))), "ZG-18-02").get(0);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2024-02-01").containsEntry("uncoveredDays", "39"); // to 2024-03-10
        // signed before the Measures: nothing to judge
        assertThat(findings(CompliantCity.with(communityWorker(LocalDate.of(2023, 6, 1), null),
                signed(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 1, 31))), "ZG-18-02")).isEmpty();
    }

    @Test
    void ZG_18_02_a_worker_whose_month_runs_past_2024_02_01_breaches_from_the_statutory_deadline() {
        // started 2024-01-15: the month runs to 2024-02-15, so the first day in breach is 2024-02-16
        Finding f = findings(CompliantCity.without(o -> o instanceof LabourContract c && c.workerId().equals(WORKER_COMMUNITY),
                communityWorker(LocalDate.of(2024, 1, 15), null)), "ZG-18-02").get(0);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 2, 16));
        assertThat(f.evidence()).containsEntry("deadline", "2024-02-15");
    }

    @Test
    void ZG_18_02_a_full_time_worker_without_any_contract_breaches_until_the_check_date() {
        Finding f = findings(CompliantCity.without(o -> o instanceof LabourContract c && c.workerId().equals(WORKER_COMMUNITY)), "ZG-18-02")
                .get(0);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 3, 2)); // started 2024-02-01, month to 2024-03-01
        assertThat(f.evidence()).containsEntry("judgedTo", "2025-06-30");
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
    void ZG_18_02_a_renewal_signed_after_the_old_contract_ended_leaves_the_days_to_signing_uncovered() {
        LabourContract renewal = new LabourContract("LC-" + WORKER_COMMUNITY + "-2", WORKER_COMMUNITY, ZLJ_AGENCY, LocalDate.of(2025, 1, 1),
                null, LocalDate.of(2025, 1, 3));
        Finding f = findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, SERVICE_START, LocalDate.of(2024, 12, 31)), renewal),
                "ZG-18-02").get(0);
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2025-01-01").containsEntry("uncoveredDays", "3");
        LabourContract signedAhead = new LabourContract("LC-" + WORKER_COMMUNITY + "-2", WORKER_COMMUNITY, ZLJ_AGENCY, LocalDate.of(2025, 1, 1),
                null, LocalDate.of(2024, 12, 20));
        assertThat(findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, SERVICE_START, LocalDate.of(2024, 12, 31)), signedAhead),
                "ZG-18-02")).isEmpty();
    }

    @Test
    void ZG_18_02_a_contract_ending_before_the_check_date_leaves_the_days_after_uncovered() {
        Finding f = findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, SERVICE_START, AS_OF.minusDays(1))), "ZG-18-02").get(0);
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2025-06-30").containsEntry("uncoveredDays", "1");
        assertThat(findings(CompliantCity.with(contract("LC-" + WORKER_COMMUNITY, SERVICE_START, AS_OF)), "ZG-18-02")).isEmpty();
    }

    @Test
    void ZG_18_02_days_after_service_ended_are_not_checked() {
        assertThat(findings(CompliantCity.with(communityWorker(SERVICE_START, LocalDate.of(2024, 12, 31)),
                contract("LC-" + WORKER_COMMUNITY, SERVICE_START, LocalDate.of(2024, 12, 31))), "ZG-18-02")).isEmpty();
    }

    @Test
    void ZG_18_02_a_worker_who_left_within_the_first_month_needs_no_contract() {
        assertThat(findings(CompliantCity.without(o -> o instanceof LabourContract c && c.workerId().equals(WORKER_COMMUNITY),
                communityWorker(MARCH, LocalDate.of(2024, 4, 1))), "ZG-18-02")).isEmpty();
        assertThat(findings(CompliantCity.without(o -> o instanceof LabourContract c && c.workerId().equals(WORKER_COMMUNITY),
                communityWorker(MARCH, LocalDate.of(2024, 4, 2))), "ZG-18-02")).hasSize(1);
    }

    // ---------------------------------------------------------------- ZG-18-03

    @Test
    void ZG_18_03_social_insurance_registered_on_the_30th_day_after_starting_work_is_on_time() {
        // started 2024-03-01: 30 days run to 2024-03-31
        assertThat(findings(CompliantCity.with(communityWorker(MARCH, null), registered(MARCH, LocalDate.of(2024, 3, 31))), "ZG-18-03"))
                .isEmpty();
    }

    @Test
    void ZG_18_03_social_insurance_registered_on_the_31st_day_breaches_for_that_day() {
        Finding f = findings(CompliantCity.with(communityWorker(MARCH, null), registered(MARCH, LocalDate.of(2024, 4, 1))), "ZG-18-03").get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(f.evidence()).containsEntry("deadline", "2024-03-31").containsEntry("uncoveredFrom", "2024-04-01")
                .containsEntry("uncoveredDays", "1");
        String masked = maskedName(WORKER_COMMUNITY);
        assertThat(f.messageZh()).startsWith("专职网格员" + masked + "（W-1）自2024年3月1日起用工，最迟应于2024年3月31日办理社会保险登记；"
                + "自2024年4月1日起共1日无已登记的社会保险").contains("第十八条第二款").doesNotContain("{");
        OfficialText.assertChinese(f, WORKER_COMMUNITY);
        assertThat(f.messageEn()).contains("social insurance was due to be registered by 31 March 2024; from 1 April 2024, 1 day(s) without registered social insurance");
    }

    @Test
    void ZG_18_03_social_insurance_ending_the_day_before_service_began_leaves_every_day_after_the_30_days_uncovered() {
        Finding f = findings(CompliantCity.with(social(LocalDate.of(2023, 1, 1), SERVICE_START.minusDays(1))), "ZG-18-03").get(0);
        assertThat(f.subject().id()).isEqualTo(WORKER_COMMUNITY);
        // started 2024-02-01: 30 days run to 2024-03-02; judged from 2024-03-03 to 2025-06-30 (304 + 181 days)
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(f.evidence()).containsEntry("uncoveredFrom", "2024-03-03").containsEntry("uncoveredDays", "485");
    }

    @Test
    void ZG_18_03_social_insurance_starting_within_the_30_days_is_compliant() {
        assertThat(findings(CompliantCity.with(social(SERVICE_START, null)), "ZG-18-03")).isEmpty();
        assertThat(findings(CompliantCity.with(social(LocalDate.of(2024, 3, 2), null)), "ZG-18-03")).isEmpty();
        assertThat(findings(CompliantCity.with(social(LocalDate.of(2024, 3, 4), null)), "ZG-18-03")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("uncoveredDays", "1"));
    }

    @Test
    void ZG_18_03_a_worker_who_started_in_2023_without_social_insurance_breaches_from_2024_02_01() {
        Finding f = findings(CompliantCity.with(communityWorker(LocalDate.of(2023, 6, 1), null), registered(LocalDate.of(2023, 6, 1),
                LocalDate.of(2024, 2, 5))), "ZG-18-03").get(0);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(f.evidence()).containsEntry("uncoveredDays", "5");
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
        assertThat(f.messageZh()).startsWith("兼职网格员" + maskedName(WORKER_VILLAGE) + "（W-2）未享受工伤保险待遇，自2025年6月20日起共11日无人身意外保险")
                .doesNotContain("{");
        OfficialText.assertChinese(f, WORKER_VILLAGE);
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

    @Test
    void ZG_18_04_a_part_time_worker_who_started_in_2023_without_accident_insurance_breaches_from_2024_02_01() {
        GridWorker w = CompliantCity.snapshot().workers().stream().filter(x -> x.id().equals(WORKER_VILLAGE)).findFirst().orElseThrow();
        GridWorker early = new GridWorker(w.id(), w.name(), w.idNumber(), w.phone(), w.employment(), LocalDate.of(2023, 5, 1), null);
        Finding f = findings(CompliantCity.with(early, accident(LocalDate.of(2024, 2, 2), null)), "ZG-18-04").get(0);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(f.evidence()).containsEntry("uncoveredDays", "1");
        assertThat(findings(CompliantCity.with(early, accident(LocalDate.of(2023, 5, 1), null)), "ZG-18-04")).isEmpty();
    }
}
