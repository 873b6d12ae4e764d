package org.wangge.kernel.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.testdata.SyntheticIdentities;

/** Bad input to the organisation aggregate: {@link Organisation}, {@link Volunteer}. */
class OrganisationRecordsTest {

    private static final LocalDate SINCE = LocalDate.of(2024, 3, 1);

    private final Random random = SyntheticIdentities.random(7L);
    private final PersonName name = SyntheticIdentities.chineseName(random);
    private final MobileNumber phone = SyntheticIdentities.mobileNumber(random);

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    private static Organisation org(String id, OrganisationKind kind, GovernmentLevel level, DepartmentKind dept) {
        return new Organisation(id, "某机构", kind, level, dept, "510302", null);
    }

    // ---- Organisation ----

    @Test
    void valid_organisations_build() {
        assertThat(org("O-1", OrganisationKind.GRID_AGENCY, GovernmentLevel.CITY, null).isCityGridAgency()).isTrue();
        assertThat(org("O-2", OrganisationKind.GRID_AGENCY, GovernmentLevel.COUNTY, null).isCountyGridAgency()).isTrue();
        assertThat(org("O-3", OrganisationKind.DEPARTMENT, GovernmentLevel.COUNTY, DepartmentKind.PUBLIC_SECURITY)
                .departmentKind()).isEqualTo(DepartmentKind.PUBLIC_SECURITY);
        assertThat(org("O-4", OrganisationKind.RESIDENTS_COMMITTEE, null, null).level()).isNull();
        assertThat(new Organisation(" O-5 ", " 某医院 ", OrganisationKind.ENTERPRISE_OR_INSTITUTION, null, null,
                "510302001001", SyntheticIdentities.socialCreditCode(random)).id()).isEqualTo("O-5");
    }

    @Test
    void an_organisation_with_a_blank_id_is_refused_naming_the_field() {
        ModelValidationException e = refused(() -> org(" ", OrganisationKind.OTHER_UNIT, null, null), "Organisation.id");
        assertThat(e.shownValue()).isEqualTo("\" \"");
        assertThat(e.rule()).contains("must not be blank");
    }

    @Test
    void an_organisation_without_a_name_kind_or_division_is_refused_naming_the_field() {
        refused(() -> new Organisation("O-1", "", OrganisationKind.OTHER_UNIT, null, null, "510302", null), "Organisation.name");
        refused(() -> new Organisation("O-1", "某单位", null, null, null, "510302", null), "Organisation.kind");
        refused(() -> new Organisation("O-1", "某单位", OrganisationKind.OTHER_UNIT, null, null, null, null),
                "Organisation.divisionCode");
    }

    @Test
    void a_department_without_department_kind_is_refused_naming_the_field() {
        ModelValidationException e = refused(() -> org("O-PSB", OrganisationKind.DEPARTMENT, GovernmentLevel.COUNTY, null),
                "Organisation.departmentKind");
        assertThat(e.shownValue()).isEqualTo("null");
        assertThat(e.rule()).contains("DEPARTMENT").contains("O-PSB").contains("Art. 5");
    }

    @Test
    void a_non_department_with_a_department_kind_is_refused_naming_the_value() {
        ModelValidationException e = refused(
                () -> org("O-GOV", OrganisationKind.PEOPLES_GOVERNMENT, GovernmentLevel.COUNTY, DepartmentKind.FINANCE),
                "Organisation.departmentKind");
        assertThat(e.shownValue()).isEqualTo("FINANCE");
        assertThat(e.rule()).contains("only a DEPARTMENT");
    }

    @Test
    void a_grid_agency_at_township_level_is_refused_naming_the_level() {
        ModelValidationException e = refused(
                () -> org("O-AG", OrganisationKind.GRID_AGENCY, GovernmentLevel.TOWNSHIP, null), "Organisation.level");
        assertThat(e.shownValue()).isEqualTo("TOWNSHIP");
        assertThat(e.rule()).contains("CITY or COUNTY");
    }

    @Test
    void a_grid_agency_without_a_level_is_refused() {
        assertThat(refused(() -> org("O-AG", OrganisationKind.GRID_AGENCY, null, null), "Organisation.level").shownValue())
                .isEqualTo("null");
    }

    @Test
    void a_department_or_government_without_a_level_is_refused() {
        refused(() -> org("O-D", OrganisationKind.DEPARTMENT, null, DepartmentKind.HEALTH), "Organisation.level");
        ModelValidationException e = refused(() -> org("O-G", OrganisationKind.PEOPLES_GOVERNMENT, null, null),
                "Organisation.level");
        assertThat(e.rule()).contains("PEOPLES_GOVERNMENT").contains("government level");
    }

    @Test
    void department_kinds_carry_their_chinese_names_and_township_kinds_are_recognised() {
        assertThat(DepartmentKind.PUBLIC_SECURITY.chineseName()).isEqualTo("公安");
        assertThat(DepartmentKind.GOVERNMENT_SERVICES_DIGITAL.chineseName()).isEqualTo("政务服务和数字化管理");
        assertThat(OrganisationKind.STREET_OFFICE.isTownshipLevelGovernment()).isTrue();
        assertThat(OrganisationKind.PEOPLES_GOVERNMENT.isTownshipLevelGovernment()).isFalse();
    }

    // ---- Volunteer ----

    @Test
    void a_valid_volunteer_builds() {
        Volunteer v = new Volunteer("V-1", name, phone, "O-SOC", SINCE);
        assertThat(v.name()).isEqualTo(name);
        assertThat(new Volunteer("V-2", name, null, null, SINCE).phone()).isNull();
    }

    @Test
    void a_volunteer_without_a_name_is_refused_naming_the_field() {
        refused(() -> new Volunteer("V-1", null, phone, null, SINCE), "Volunteer.name");
    }

    @Test
    void a_volunteer_with_a_blank_id_or_no_start_is_refused_without_showing_personal_data() {
        ModelValidationException blank = refused(() -> new Volunteer("", name, phone, null, SINCE), "Volunteer.id");
        ModelValidationException noStart = refused(() -> new Volunteer("V-1", name, phone, null, null), "Volunteer.since");
        for (ModelValidationException e : new ModelValidationException[] {blank, noStart}) {
            assertThat(e.getMessage()).doesNotContain(name.unmasked()).doesNotContain(phone.unmasked());
            assertThat(e.toString()).doesNotContain(name.unmasked()).doesNotContain(phone.unmasked());
        }
    }

    @Test
    void a_volunteers_toString_masks_name_and_phone() {
        String shown = new Volunteer("V-1", name, phone, "O-SOC", SINCE).toString();
        assertThat(shown).doesNotContain(name.unmasked()).doesNotContain(phone.unmasked())
                .contains(name.masked()).contains(phone.masked()).contains("V-1");
    }
}
