package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.conduct.Circumstances;
import org.wangge.kernel.model.conduct.Complaint;
import org.wangge.kernel.model.conduct.ConductIncident;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.conduct.Substantiation;
import org.wangge.kernel.model.privacy.AccessKind;
import org.wangge.kernel.model.privacy.PersonalInfoAccess;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.support.Fixtures;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Citation;
import org.wangge.kernel.rules.ConsequenceLevel;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;
import org.wangge.kernel.rules.Subject;

/**
 * Misconduct handling (Art. 13, 22): opened from complaints, INDICATOR and TEXT findings; the investigation records
 * substantiation and circumstances; the level is the table's starting level graded by them.
 */
abstract class MisconductHandlingTests extends OnDatabase {

    static final LocalDateTime DAY = LocalDateTime.of(2024, 11, 4, 9, 0);
    static final AtomicInteger IDS = new AtomicInteger();
    static final String WORKER = CompliantCity.WORKER_COMMUNITY;
    static final String COUNTY = CompliantCity.ZLJ_AGENCY;

    MisconductHandling misconduct;

    @BeforeAll
    void openFacade() {
        misconduct = processes == null ? null : processes.misconductHandling();
    }

    Complaint complaint(ConductKind allegation) {
        return new Complaint("MC-" + database() + "-" + IDS.incrementAndGet(), WORKER, allegation, LocalDate.of(2024, 10, 20),
                "R-77", null, Substantiation.PENDING, null);
    }

    @Test
    void a_substantiated_complaint_of_rough_conduct_gets_correction_and_a_circular() {
        Fixtures.clock(processes, DAY);
        Complaint c = complaint(ConductKind.ROUGH_CONDUCT_OR_OBSTRUCTION);
        assertThat(misconduct.openFromComplaint(c).openSteps()).containsExactly("Investigate (Art. 13)");
        MisconductState decided = misconduct.investigate(c.id(), true, COUNTY, "two witnesses confirm");
        assertThat(decided.consequence()).isEqualTo(ConsequenceLevel.CORRECTION_AND_CIRCULAR);
        assertThat(decided.consequenceRule()).isEqualTo("ZG-13-05");
        assertThat(decided.openSteps()).containsExactly("Apply the consequence (Art. 22)");
        MisconductState done = misconduct.applyConsequence(c.id(), COUNTY, "circular No. 3");
        assertThat(done.status()).isEqualTo(SubjectStatus.COMPLETED);
        assertThat(misconduct.auditTrail(c.id())).extracting(AuditEntry::action)
                .containsExactly("OPENED", "SUBSTANTIATED", "LEVEL_SET", "CONSEQUENCE_APPLIED");
    }

    @Test
    void a_substantiated_leak_of_secrets_without_recorded_circumstances_gets_correction_and_awaits_them_for_criminal_liability() {
        Fixtures.clock(processes, DAY);
        Complaint c = complaint(ConductKind.SECRET_LEAK);
        misconduct.openFromComplaint(c);
        MisconductState decided = misconduct.investigate(c.id(), true, COUNTY, null);
        assertThat(decided.consequence()).isEqualTo(ConsequenceLevel.CORRECTION_AND_CIRCULAR);
        assertThat(decided.consequenceAwaiting()).isEqualTo(ConsequenceLevel.CRIMINAL_REFERRAL);
        assertThat(decided.circumstances()).isNull();
        assertThat(decided.consequenceRule()).isEqualTo("ZG-13-01");
    }

    @Test
    void a_substantiated_leak_of_secrets_recorded_as_a_crime_is_referred_for_criminal_liability() {
        Fixtures.clock(processes, DAY);
        Complaint c = complaint(ConductKind.SECRET_LEAK);
        misconduct.openFromComplaint(c);
        MisconductState decided = misconduct.investigate(c.id(), true, Circumstances.CRIME, COUNTY, null);
        assertThat(decided.consequence()).isEqualTo(ConsequenceLevel.CRIMINAL_REFERRAL);
        assertThat(decided.consequenceAwaiting()).isNull();
        assertThat(decided.circumstances()).isEqualTo(Circumstances.CRIME);
        assertThat(decided.consequenceRule()).isEqualTo("ZG-13-01");
    }

    @Test
    void circumstances_without_a_substantiation_are_refused() {
        Fixtures.clock(processes, DAY);
        Complaint c = complaint(ConductKind.PRIVATE_GAIN);
        misconduct.openFromComplaint(c);
        assertThatThrownBy(() -> misconduct.investigate(c.id(), false, Circumstances.NOT_SERIOUS, COUNTY, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Art. 22");
        assertThat(misconduct.state(c.id()).openSteps()).containsExactly("Investigate (Art. 13)");
    }

    @Test
    void a_complaint_not_substantiated_ends_without_consequence() {
        Fixtures.clock(processes, DAY);
        Complaint c = complaint(ConductKind.PRIVATE_GAIN);
        misconduct.openFromComplaint(c);
        MisconductState cleared = misconduct.investigate(c.id(), false, COUNTY, "no payment found");
        assertThat(cleared.status()).isEqualTo(SubjectStatus.REFUSED);
        assertThat(cleared.substantiated()).isFalse();
        assertThat(cleared.consequence()).isNull();
        assertThatThrownBy(() -> misconduct.applyConsequence(c.id(), COUNTY, null))
                .isInstanceOf(StepNotOpenException.class).hasMessageContaining(c.id()).hasMessageContaining("Art. 22");
    }

    @Test
    void a_case_from_a_text_finding_is_graded_by_the_circumstances_the_investigation_records() {
        Fixtures.clock(processes, DAY);
        ConductIncident gain = new ConductIncident("I-" + database(), WORKER, ConductKind.PRIVATE_GAIN, LocalDate.of(2024, 9, 1), null,
                "payment from a person served", Substantiation.SUBSTANTIATED, LocalDate.of(2024, 10, 1));
        Finding finding = processes.rules().check(CompliantCity.with(gain), LocalDate.of(2024, 11, 4)).findings("ZG-13-03").stream()
                .filter(f -> gain.id().equals(f.evidence().get("record"))).findFirst().orElseThrow();
        assertThat(finding.consequence()).isEqualTo(ConsequenceLevel.CORRECTION_AND_CIRCULAR);
        assertThat(finding.consequenceAwaitingCircumstances()).contains(ConsequenceLevel.DISCIPLINARY);
        String id = "MF-" + database() + "-" + IDS.incrementAndGet();
        MisconductState opened = misconduct.openFromFinding(id, finding, WORKER);
        assertThat(opened.origin()).isEqualTo("FINDING");
        assertThat(opened.findingConstraint()).isEqualTo("ZG-13-03");
        assertThat(opened.findingBasis()).isEqualTo("TEXT");
        MisconductState decided = misconduct.investigate(id, true, Circumstances.SERIOUS_BREACH_OF_DISCIPLINE_OR_LAW, COUNTY, "confirmed");
        assertThat(decided.consequence()).isEqualTo(ConsequenceLevel.DISCIPLINARY);
        assertThat(decided.consequenceAwaiting()).isNull();
        assertThat(decided.consequenceRule()).isEqualTo("ZG-13-03");
    }

    @Test
    void a_case_opened_from_an_indicator_becomes_the_text_finding_once_the_investigation_substantiates_it() {
        Fixtures.clock(processes, DAY);
        PersonalInfoAccess access = new PersonalInfoAccess("PA-" + database(), WORKER, LocalDateTime.of(2024, 10, 8, 15, 0), AccessKind.VIEW,
                "R-91", null, null, null, null, null, 1);
        Finding suspicion = processes.rules().check(CompliantCity.with(access), LocalDate.of(2024, 11, 4)).findings("ZG-13-02").stream()
                .findFirst().orElseThrow();
        assertThat(suspicion.basis()).isEqualTo(Basis.INDICATOR);
        assertThat(suspicion.consequence()).isNull();
        String id = "MI-" + database() + "-" + IDS.incrementAndGet();
        MisconductState opened = misconduct.openFromFinding(id, suspicion, WORKER);
        assertThat(opened.findingConstraint()).isEqualTo("ZG-13-02");
        assertThat(opened.findingBasis()).isEqualTo("INDICATOR");
        assertThat(opened.openSteps()).containsExactly("Investigate (Art. 13)");
        MisconductState decided = misconduct.investigate(id, true, COUNTY, "access confirmed without a purpose");
        assertThat(decided.substantiated()).isTrue();
        assertThat(decided.consequenceRule()).isEqualTo("ZG-13-02");
        assertThat(decided.consequence()).isEqualTo(ConsequenceLevel.CORRECTION_AND_CIRCULAR);
        assertThat(decided.consequenceAwaiting()).isEqualTo(ConsequenceLevel.DISCIPLINARY);
        assertThat(misconduct.auditTrail(id)).extracting(AuditEntry::action).containsExactly("OPENED", "SUBSTANTIATED", "LEVEL_SET");

        String cleared = "MI-" + database() + "-" + IDS.incrementAndGet();
        misconduct.openFromFinding(cleared, suspicion, WORKER);
        MisconductState notFound = misconduct.investigate(cleared, false, COUNTY, "purpose shown in the paper file");
        assertThat(notFound.status()).isEqualTo(SubjectStatus.REFUSED);
        assertThat(notFound.consequence()).isNull();
    }

    @Test
    void a_policy_finding_opens_no_misconduct_case() {
        Fixtures.clock(processes, DAY);
        Finding local = new Finding("ZG-14-01", new Citation(14, 0, 0), Severity.WARNING, new Subject("Case", "K-1"), DAY.toLocalDate(),
                DAY.toLocalDate(), "…", "…", java.util.Map.of(), null, "ZG-14-01 rule", "art14-resolve-or-report.drl", Basis.POLICY,
                java.util.List.of());
        assertThatThrownBy(() -> misconduct.openFromFinding("MP-" + database(), local, WORKER))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("Art. 22").hasMessageContaining("POLICY");
    }

    @Test
    void a_case_from_a_rule_finding_takes_the_findings_level() {
        Fixtures.clock(processes, DAY);
        ConductIncident gain = new ConductIncident("I-" + database(), WORKER, ConductKind.PRIVATE_GAIN, LocalDate.of(2024, 9, 1), null,
                "payment from a person served", Substantiation.SUBSTANTIATED, LocalDate.of(2024, 10, 1));
        Finding finding = processes.rules().check(CompliantCity.with(gain), LocalDate.of(2024, 11, 4)).findings("ZG-13-03").stream()
                .filter(f -> gain.id().equals(f.evidence().get("record"))).findFirst().orElseThrow();
        assertThat(finding.consequence()).isEqualTo(ConsequenceLevel.CORRECTION_AND_CIRCULAR);
        String id = "MF-" + database() + "-" + IDS.incrementAndGet();
        MisconductState opened = misconduct.openFromFinding(id, finding, WORKER);
        assertThat(opened.origin()).isEqualTo("FINDING");
        MisconductState decided = misconduct.investigate(id, true, COUNTY, "confirmed");
        assertThat(decided.consequence()).isEqualTo(ConsequenceLevel.CORRECTION_AND_CIRCULAR);
        assertThat(decided.consequenceAwaiting()).isEqualTo(ConsequenceLevel.DISCIPLINARY);
        assertThat(decided.consequenceRule()).isEqualTo("ZG-13-03");

        Finding notAStaffDuty = processes.rules().check(CompliantCity.with(gain), LocalDate.of(2024, 11, 4)).findings().stream()
                .filter(f -> f.consequence() == null && !f.isSuspected()).findFirst().orElse(null);
        if (notAStaffDuty != null) {
            assertThatThrownBy(() -> misconduct.openFromFinding(id + "-x", notAStaffDuty, WORKER))
                    .isInstanceOf(StepRefusedException.class).hasMessageContaining("Art. 22");
        }
    }
}
