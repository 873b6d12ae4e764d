package org.wangge.kernel.model.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;

/** Bad input to the conduct aggregate: {@link Complaint}, {@link ConductIncident}. */
class ConductRecordsTest {

    private static final LocalDate ON = LocalDate.of(2025, 5, 10);

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    private static Complaint complaint(Substantiation s, LocalDate decidedOn) {
        return new Complaint("CP-1", "W-1", ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION, ON, "R-00042", null, s, decidedOn);
    }

    private static ConductIncident incident(Substantiation s, LocalDate decidedOn) {
        return new ConductIncident("CI-1", "W-1", ConductKind.SECRET_LEAK, ON, null, "泄露商业秘密", s, decidedOn);
    }

    // ---- Complaint ----

    @Test
    void valid_complaints_build() {
        assertThat(complaint(Substantiation.PENDING, null).isSubstantiated()).isFalse();
        assertThat(complaint(Substantiation.SUBSTANTIATED, ON.plusDays(10)).isSubstantiated()).isTrue();
        assertThat(complaint(Substantiation.NOT_SUBSTANTIATED, ON).decidedOn()).isEqualTo(ON);
    }

    @Test
    void a_decided_complaint_without_decision_date_is_refused_naming_the_field() {
        ModelValidationException e = refused(() -> complaint(Substantiation.SUBSTANTIATED, null), "Complaint.decidedOn");
        assertThat(e.shownValue()).isEqualTo("null");
        refused(() -> complaint(Substantiation.NOT_SUBSTANTIATED, null), "Complaint.decidedOn");
    }

    @Test
    void a_complaint_decided_before_it_was_received_is_refused_naming_the_decision() {
        ModelValidationException e = refused(() -> complaint(Substantiation.SUBSTANTIATED, ON.minusDays(1)),
                "Complaint.decidedOn");
        assertThat(e.shownValue()).isEqualTo("2025-05-09");
        assertThat(e.rule()).contains("Complaint.receivedOn (2025-05-10)");
    }

    @Test
    void a_pending_complaint_with_a_decision_date_before_receipt_is_refused_too() {
        refused(() -> complaint(Substantiation.PENDING, ON.minusDays(1)), "Complaint.decidedOn");
    }

    @Test
    void a_complaint_missing_a_required_field_is_refused_naming_it() {
        refused(() -> new Complaint("CP", "W", null, ON, null, null, Substantiation.PENDING, null), "Complaint.allegation");
        refused(() -> new Complaint("CP", "W", ConductKind.OTHER_ILLEGAL, null, null, null, Substantiation.PENDING, null),
                "Complaint.receivedOn");
        refused(() -> new Complaint("CP", "W", ConductKind.OTHER_ILLEGAL, ON, null, null, null, null),
                "Complaint.substantiation");
        refused(() -> new Complaint("CP", " ", ConductKind.OTHER_ILLEGAL, ON, null, null, Substantiation.PENDING, null),
                "Complaint.workerId");
        refused(() -> new Complaint("", "W", ConductKind.OTHER_ILLEGAL, ON, null, null, Substantiation.PENDING, null),
                "Complaint.id");
    }

    // ---- ConductIncident ----

    @Test
    void valid_incidents_build() {
        assertThat(incident(Substantiation.SUBSTANTIATED, ON).isSubstantiated()).isTrue();
        assertThat(incident(Substantiation.PENDING, null).isSubstantiated()).isFalse();
    }

    @Test
    void a_decided_incident_without_decision_date_or_decided_before_it_occurred_is_refused() {
        refused(() -> incident(Substantiation.SUBSTANTIATED, null), "ConductIncident.decidedOn");
        ModelValidationException e = refused(() -> incident(Substantiation.NOT_SUBSTANTIATED, ON.minusDays(2)),
                "ConductIncident.decidedOn");
        assertThat(e.rule()).contains("ConductIncident.occurredOn");
        refused(() -> incident(Substantiation.PENDING, ON.minusDays(2)), "ConductIncident.decidedOn");
    }

    @Test
    void an_incident_missing_a_required_field_is_refused_naming_it() {
        refused(() -> new ConductIncident("CI", "W", null, ON, null, null, Substantiation.PENDING, null),
                "ConductIncident.kind");
        refused(() -> new ConductIncident("CI", "W", ConductKind.PRIVATE_GAIN, null, null, null, Substantiation.PENDING,
                null), "ConductIncident.occurredOn");
        refused(() -> new ConductIncident("CI", "W", ConductKind.PRIVATE_GAIN, ON, null, null, null, null),
                "ConductIncident.substantiation");
        refused(() -> new ConductIncident("CI", "", ConductKind.PRIVATE_GAIN, ON, null, null, Substantiation.PENDING,
                null), "ConductIncident.workerId");
        refused(() -> new ConductIncident(" ", "W", ConductKind.PRIVATE_GAIN, ON, null, null, Substantiation.PENDING,
                null), "ConductIncident.id");
    }

    @Test
    void conduct_kinds_carry_their_article_13_item() {
        assertThat(ConductKind.SECRET_LEAK.item()).isEqualTo(1);
        assertThat(ConductKind.OTHER_ILLEGAL.item()).isEqualTo(6);
    }

    @Test
    void conduct_kinds_are_found_by_their_item() {
        assertThat(ConductKind.ofItem(3)).isEqualTo(ConductKind.PRIVATE_GAIN);
        assertThrows(IllegalArgumentException.class, () -> ConductKind.ofItem(7));
    }

    // ---- Circumstances (Art. 22) ----

    @Test
    void circumstances_are_recorded_with_a_substantiation_only() {
        assertThat(new ConductIncident("CI-1", "W-1", ConductKind.SECRET_LEAK, ON, null, null, Substantiation.SUBSTANTIATED,
                ON.plusDays(3), Circumstances.CRIME).circumstances()).isEqualTo(Circumstances.CRIME);
        assertThat(incident(Substantiation.SUBSTANTIATED, ON.plusDays(3)).circumstances()).isNull();
        refused(() -> new ConductIncident("CI-1", "W-1", ConductKind.SECRET_LEAK, ON, null, null, Substantiation.PENDING, null,
                Circumstances.SERIOUS_BREACH_OF_DISCIPLINE_OR_LAW), "ConductIncident.circumstances");
        refused(() -> new Complaint("CP-1", "W-1", ConductKind.PRIVATE_GAIN, ON, null, null, Substantiation.NOT_SUBSTANTIATED,
                ON.plusDays(1), Circumstances.NOT_SERIOUS), "Complaint.circumstances");
    }

    // ---- PaymentFromServed ----

    @Test
    void a_payment_from_a_person_served_needs_its_worker_day_and_payer_and_no_negative_amount() {
        assertThat(new PaymentFromServed("PF-1", "W-1", ON, "R-1", null, null).amount()).isNull();
        refused(() -> new PaymentFromServed("PF-1", " ", ON, "R-1", null, null), "PaymentFromServed.workerId");
        refused(() -> new PaymentFromServed("PF-1", "W-1", null, "R-1", null, null), "PaymentFromServed.receivedOn");
        refused(() -> new PaymentFromServed("PF-1", "W-1", ON, "", null, null), "PaymentFromServed.payerRef");
        refused(() -> new PaymentFromServed("PF-1", "W-1", ON, "R-1", null, new java.math.BigDecimal("-1")), "PaymentFromServed.amount");
    }
}
