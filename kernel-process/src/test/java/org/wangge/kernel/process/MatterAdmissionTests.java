package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterNature;
import org.wangge.kernel.model.matter.SupportKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.support.Fixtures;

/** Matter admission and department engagement (Art. 10, 11). */
abstract class MatterAdmissionTests extends OnDatabase {

    static final LocalDateTime DAY = LocalDateTime.of(2024, 11, 4, 9, 0);
    static final AtomicInteger IDS = new AtomicInteger();
    static final String DEPT = CompliantCity.CIVIL_AFFAIRS;
    static final String CITY = CompliantCity.CITY_AGENCY;

    MatterAdmission admission;

    @BeforeAll
    void openFacade() {
        admission = processes == null ? null : processes.matterAdmission();
    }

    AdmissionApplication application(MatterNature nature) {
        String id = "MA-" + database() + "-" + IDS.incrementAndGet();
        return new AdmissionApplication(id, DEPT, "M-" + id, "高龄津贴信息采集", MatterCategory.BASIC_INFORMATION, nature,
                CompliantCity.MATTER_LIST, Set.of(CompliantCity.COMMUNITY_GRID), "collect data for the old-age allowance");
    }

    @Test
    void an_admissible_matter_is_consented_resourced_and_published() {
        Fixtures.clock(processes, DAY);
        AdmissionApplication app = application(MatterNature.INFORMATION_COLLECTION);
        String id = app.applicationId();
        AdmissionState applied = admission.apply(app);
        assertThat(applied.status()).isEqualTo(SubjectStatus.OPEN);
        assertThat(applied.openSteps()).containsExactly("City grid agency consents (ZG-11-01)");
        admission.consent(id, CITY, true, "fits the list");
        AdmissionState resourced = admission.confirmResources(id, DEPT, 2, new BigDecimal("50000"),
                EnumSet.of(SupportKind.TRAINING, SupportKind.BUSINESS_GUIDANCE));
        assertThat(resourced.openSteps()).containsExactly("Publish the matter list (ZG-10-01)");
        assertThat(resourced.notes()).singleElement().satisfies(n -> assertThat(n).startsWith("ZG-11-03"));
        AdmissionState published = admission.publish(id, CITY);
        assertThat(published.status()).isEqualTo(SubjectStatus.COMPLETED);
        assertThat(published.consentedBy()).isEqualTo(CITY);
        assertThat(published.personnel()).isEqualTo(2);
        assertThat(published.funds()).isEqualByComparingTo("50000");
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(admission.auditTrail(id)).extracting(AuditEntry::action)
                .containsExactly("APPLIED", "NATURE_ADMISSIBLE", "CONSENTED", "RESOURCES_CONFIRMED", "PUBLISHED");
    }

    @Test
    void a_matter_of_an_excluded_nature_is_refused_with_its_citation() {
        Fixtures.clock(processes, DAY);
        AdmissionApplication app = application(MatterNature.ADMINISTRATIVE_PENALTY);
        AdmissionState refused = admission.apply(app);
        assertThat(refused.status()).isEqualTo(SubjectStatus.REFUSED);
        assertThat(refused.refusalRule()).isEqualTo("ZG-10-02");
        assertThat(refused.refusalCitation()).isEqualTo("Art. 10");
        assertThat(refused.refusalMessage()).isNotBlank();
        assertThat(refused.openSteps()).isEmpty();
        assertThatThrownBy(() -> admission.consent(app.applicationId(), CITY, true, null))
                .isInstanceOf(StepNotOpenException.class).hasMessageContaining("has ended");
    }

    @Test
    void the_city_agency_may_refuse_its_consent() {
        Fixtures.clock(processes, DAY);
        AdmissionApplication app = application(MatterNature.SERVICE);
        admission.apply(app);
        AdmissionState refused = admission.consent(app.applicationId(), CITY, false, "the county already does this");
        assertThat(refused.status()).isEqualTo(SubjectStatus.REFUSED);
        assertThat(refused.refusalRule()).isEqualTo("ZG-11-01");
    }

    @Test
    void consent_by_another_agency_an_engagement_without_funds_and_an_unknown_department_are_refused() {
        Fixtures.clock(processes, DAY);
        AdmissionApplication app = application(MatterNature.SCREENING);
        String id = app.applicationId();
        admission.apply(app);
        assertThatThrownBy(() -> admission.consent(id, CompliantCity.ZLJ_AGENCY, true, null))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining(id).hasMessageContaining("ZG-11-01");
        admission.consent(id, CITY, true, null);
        assertThatThrownBy(() -> admission.confirmResources(id, DEPT, 2, BigDecimal.ZERO, EnumSet.allOf(SupportKind.class)))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining(id).hasMessageContaining("ZG-11-02")
                .satisfies(e -> assertThat(((StepRefusedException) e).findings()).isNotEmpty());
        assertThatThrownBy(() -> admission.confirmResources(id, CompliantCity.PUBLIC_SECURITY, 2, BigDecimal.TEN, Set.of()))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("ZG-11-02");
        assertThat(admission.state(id).openSteps()).containsExactly("Confirm personnel and funds (ZG-11-02)");
        assertThat(admission.confirmResources(id, DEPT, 1, BigDecimal.TEN, EnumSet.allOf(SupportKind.class)).notes()).isEmpty();

        AdmissionApplication stranger = new AdmissionApplication("MA-X-" + database(), "ORG-NOWHERE", "M-X", "x",
                MatterCategory.PUBLICITY, MatterNature.PUBLICITY, "L-1", Set.of("G-1"), null);
        assertThatThrownBy(() -> admission.apply(stranger)).isInstanceOf(StepRefusedException.class).hasMessageContaining("ORG-NOWHERE");
        assertThatThrownBy(() -> admission.state("MA-NOWHERE")).isInstanceOf(UnknownSubjectException.class);
    }
}
