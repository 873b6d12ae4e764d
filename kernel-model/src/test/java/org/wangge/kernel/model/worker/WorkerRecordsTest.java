package org.wangge.kernel.model.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.identity.ResidentIdNumber;
import org.wangge.kernel.model.testdata.SyntheticIdentities;

/**
 * Bad input to the worker aggregate: {@link GridWorker}, {@link Assignment}, {@link LabourContract},
 * {@link InsurancePolicy}, {@link PayRecord}, {@link Assessment}, {@link VisitCheckIn}.
 */
class WorkerRecordsTest {

    private static final LocalDate FROM = LocalDate.of(2024, 2, 1);

    private final Random random = SyntheticIdentities.random(11L);
    private final PersonName name = SyntheticIdentities.chineseName(random);
    private final ResidentIdNumber idNumber = SyntheticIdentities.residentIdNumber(random);
    private final MobileNumber phone = SyntheticIdentities.mobileNumber(random);

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    private void assertNoRawPersonalData(String text) {
        assertThat(text).doesNotContain(name.unmasked()).doesNotContain(idNumber.unmasked())
                .doesNotContain(phone.unmasked());
    }

    private ModelValidationException refusedWorker(Executable build, String field) {
        ModelValidationException e = refused(build, field);
        assertNoRawPersonalData(e.getMessage());
        assertNoRawPersonalData(e.toString());
        assertNoRawPersonalData(String.valueOf(e.shownValue()));
        return e;
    }

    // ---- GridWorker ----

    @Test
    void a_valid_grid_worker_builds_and_serves_within_its_period() {
        GridWorker w = new GridWorker("W-1", name, idNumber, phone, EmploymentType.FULL_TIME, FROM, FROM.plusYears(1));
        assertThat(w.isFullTime()).isTrue();
        assertThat(w.servesOn(FROM)).isTrue();
        assertThat(w.servesOn(FROM.plusYears(1).plusDays(1))).isFalse();
        assertThat(new GridWorker("W-2", name, null, null, EmploymentType.PART_TIME, FROM, null).isFullTime()).isFalse();
    }

    @Test
    void a_grid_workers_toString_masks_name_id_number_and_phone() {
        GridWorker w = new GridWorker("W-1", name, idNumber, phone, EmploymentType.FULL_TIME, FROM, null);
        assertNoRawPersonalData(w.toString());
        assertThat(w.toString()).contains(name.masked()).contains(idNumber.masked()).contains(phone.masked())
                .contains("W-1");
    }

    @Test
    void a_grid_worker_without_a_name_is_refused_naming_the_field() {
        refusedWorker(() -> new GridWorker("W-1", null, idNumber, phone, EmploymentType.FULL_TIME, FROM, null),
                "GridWorker.name");
    }

    @Test
    void a_grid_worker_with_a_blank_id_is_refused_without_showing_personal_data() {
        ModelValidationException e = refusedWorker(
                () -> new GridWorker(" ", name, idNumber, phone, EmploymentType.FULL_TIME, FROM, null), "GridWorker.id");
        assertThat(e.rule()).contains("must not be blank");
    }

    @Test
    void a_grid_worker_without_employment_type_or_start_is_refused_without_showing_personal_data() {
        refusedWorker(() -> new GridWorker("W-1", name, idNumber, phone, null, FROM, null), "GridWorker.employment");
        refusedWorker(() -> new GridWorker("W-1", name, idNumber, phone, EmploymentType.PART_TIME, null, null),
                "GridWorker.serviceFrom");
    }

    @Test
    void a_grid_worker_whose_service_ends_before_it_starts_is_refused_without_showing_personal_data() {
        ModelValidationException e = refusedWorker(() -> new GridWorker("W-1", name, idNumber, phone,
                EmploymentType.FULL_TIME, FROM, FROM.minusDays(1)), "GridWorker.serviceTo");
        assertThat(e.shownValue()).isEqualTo("2024-01-31");
        assertThat(e.rule()).contains("GridWorker.serviceFrom (2024-02-01)");
    }

    // ---- Assignment ----

    @Test
    void an_assignment_ending_before_it_starts_is_refused_naming_the_end() {
        assertThat(new Assignment("A-1", "W-1", "G-1", "O", FROM, null).isActiveOn(FROM.plusYears(5))).isTrue();
        ModelValidationException e = refused(() -> new Assignment("A-1", "W-1", "G-1", "O", FROM, FROM.minusDays(3)),
                "Assignment.to");
        assertThat(e.rule()).contains("Assignment.from");
    }

    @Test
    void an_assignment_missing_a_required_field_is_refused_naming_it() {
        refused(() -> new Assignment("", "W", "G", "O", FROM, null), "Assignment.id");
        refused(() -> new Assignment("A", null, "G", "O", FROM, null), "Assignment.workerId");
        refused(() -> new Assignment("A", "W", " ", "O", FROM, null), "Assignment.gridId");
        refused(() -> new Assignment("A", "W", "G", "", FROM, null), "Assignment.assignedById");
        refused(() -> new Assignment("A", "W", "G", "O", null, null), "Assignment.from");
    }

    // ---- LabourContract ----

    @Test
    void a_labour_contract_ending_before_it_starts_or_without_employer_is_refused() {
        assertThat(new LabourContract("LC", "W", "O", FROM, null).covers(FROM.plusYears(3))).isTrue();
        refused(() -> new LabourContract("LC", "W", "O", FROM, FROM.minusDays(1)), "LabourContract.to");
        refused(() -> new LabourContract("LC", "W", " ", FROM, null), "LabourContract.employerId");
        refused(() -> new LabourContract("LC", "", "O", FROM, null), "LabourContract.workerId");
        refused(() -> new LabourContract(null, "W", "O", FROM, null), "LabourContract.id");
        refused(() -> new LabourContract("LC", "W", "O", null, null), "LabourContract.from");
    }

    // ---- InsurancePolicy ----

    @Test
    void an_insurance_policy_without_kind_or_with_a_reversed_period_is_refused() {
        assertThat(new InsurancePolicy("P", "W", InsuranceKind.PERSONAL_ACCIDENT, null, FROM, FROM).covers(FROM)).isTrue();
        refused(() -> new InsurancePolicy("P", "W", null, null, FROM, null), "InsurancePolicy.kind");
        refused(() -> new InsurancePolicy("P", "W", InsuranceKind.SOCIAL, null, FROM, FROM.minusDays(1)),
                "InsurancePolicy.to");
        refused(() -> new InsurancePolicy("P", " ", InsuranceKind.SOCIAL, null, FROM, null), "InsurancePolicy.workerId");
        refused(() -> new InsurancePolicy("P", "W", InsuranceKind.SOCIAL, null, null, null), "InsurancePolicy.from");
    }

    // ---- PayRecord ----

    private static PayRecord pay(BigDecimal due, LocalDate paidDate, BigDecimal paid) {
        return new PayRecord("PAY-1", "W-1", "ORG-ZLJ-GOV", PayRecord.PayKind.PAY, LocalDate.of(2025, 5, 31), due,
                paidDate, paid);
    }

    @Test
    void a_valid_pay_record_builds_and_an_absent_paid_amount_means_zero() {
        assertThat(pay(new BigDecimal("3500"), LocalDate.of(2025, 5, 30), new BigDecimal("3500")).paidInFullByDueDate())
                .isTrue();
        PayRecord unpaid = pay(new BigDecimal("3500"), null, null);
        assertThat(unpaid.amountPaid()).isEqualByComparingTo("0");
        assertThat(unpaid.paidInFullByDueDate()).isFalse();
    }

    @Test
    void a_pay_record_with_a_paid_amount_but_no_paid_date_is_refused_naming_the_date() {
        ModelValidationException e = refused(() -> pay(new BigDecimal("3500"), null, new BigDecimal("100.50")),
                "PayRecord.paidDate");
        assertThat(e.shownValue()).isEqualTo("null");
        assertThat(e.rule()).contains("PAY-1").contains("100.50").contains("give the day it was paid");
    }

    @Test
    void a_pay_record_with_a_negative_amount_is_refused_naming_the_field() {
        ModelValidationException due = refused(() -> pay(new BigDecimal("-1.00"), null, null), "PayRecord.amountDue");
        assertThat(due.shownValue()).isEqualTo("-1.00");
        assertThat(due.rule()).isEqualTo("must be zero or more");
        assertThat(refused(() -> pay(BigDecimal.TEN, LocalDate.of(2025, 5, 30), new BigDecimal("-5")),
                "PayRecord.amountPaid").shownValue()).isEqualTo("-5");
    }

    @Test
    void a_pay_record_missing_a_required_field_is_refused_naming_it() {
        refused(() -> pay(null, null, null), "PayRecord.amountDue");
        refused(() -> new PayRecord("P", "W", "O", null, FROM, BigDecimal.ONE, null, null), "PayRecord.kind");
        refused(() -> new PayRecord("P", "W", "O", PayRecord.PayKind.SUBSIDY, null, BigDecimal.ONE, null, null),
                "PayRecord.dueDate");
        refused(() -> new PayRecord("P", "W", " ", PayRecord.PayKind.SUBSIDY, FROM, BigDecimal.ONE, null, null),
                "PayRecord.payerId");
        refused(() -> new PayRecord("P", "", "O", PayRecord.PayKind.SUBSIDY, FROM, BigDecimal.ONE, null, null),
                "PayRecord.workerId");
        refused(() -> new PayRecord(" ", "W", "O", PayRecord.PayKind.SUBSIDY, FROM, BigDecimal.ONE, null, null),
                "PayRecord.id");
    }

    // ---- Assessment ----

    @Test
    void an_assessment_with_a_reversed_or_open_period_or_no_grade_is_refused() {
        assertThat(new Assessment("AS", "W", FROM, FROM.plusYears(1), "O", "合格").grade()).isEqualTo("合格");
        refused(() -> new Assessment("AS", "W", FROM, FROM.minusDays(1), "O", "合格"), "Assessment.periodEnd");
        refused(() -> new Assessment("AS", "W", FROM, null, "O", "合格"), "Assessment.periodEnd");
        refused(() -> new Assessment("AS", "W", null, FROM, "O", "合格"), "Assessment.periodStart");
        refused(() -> new Assessment("AS", "W", FROM, FROM, "O", " "), "Assessment.grade");
        refused(() -> new Assessment("AS", "W", FROM, FROM, null, "合格"), "Assessment.assessedById");
    }

    // ---- VisitCheckIn ----

    @Test
    void a_visit_check_in_without_time_or_worker_is_refused() {
        LocalDateTime at = LocalDateTime.of(2025, 6, 2, 9, 0);
        assertThat(new VisitCheckIn("V", "W", at, null, null).locatedInGridId()).isNull();
        refused(() -> new VisitCheckIn("V", "W", null, "G", null), "VisitCheckIn.at");
        refused(() -> new VisitCheckIn("V", " ", at, "G", null), "VisitCheckIn.workerId");
        refused(() -> new VisitCheckIn("", "W", at, "G", null), "VisitCheckIn.id");
    }
}
