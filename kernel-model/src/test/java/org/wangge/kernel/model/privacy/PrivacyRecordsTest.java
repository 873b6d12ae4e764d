package org.wangge.kernel.model.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;

/** Bad input to the privacy aggregate: {@link PersonalInfoAccess}, {@link PersonalInfoDisclosure}. */
class PrivacyRecordsTest {

    private static final LocalDateTime T = LocalDateTime.of(2025, 6, 2, 9, 30);

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    private static PersonalInfoAccess access(AccessKind kind, int count) {
        return new PersonalInfoAccess("PI-1", "W-1", T, kind, "R-00017", "G-1", "核实诉求人信息", "K-1", null, null, count);
    }

    // ---- PersonalInfoAccess ----

    @Test
    void a_valid_access_builds_and_tells_whether_it_is_tied_to_work() {
        assertThat(access(AccessKind.VIEW, 1).hasPurposeTiedToWork()).isTrue();
        assertThat(access(AccessKind.EXPORT, 30).isAuthorised()).isFalse();
        assertThat(new PersonalInfoAccess("PI-2", "W-1", T, AccessKind.VIEW, null, null, null, "K-1", null, "AUTH-1", 1)
                .hasPurposeTiedToWork()).isFalse();
    }

    @Test
    void an_access_to_no_record_is_refused_naming_the_count() {
        ModelValidationException e = refused(() -> access(AccessKind.EXPORT, 0), "PersonalInfoAccess.recordCount");
        assertThat(e.shownValue()).isEqualTo("0");
        assertThat(e.rule()).isEqualTo("must be at least 1");
        assertThat(refused(() -> access(AccessKind.VIEW, -4), "PersonalInfoAccess.recordCount").shownValue())
                .isEqualTo("-4");
    }

    @Test
    void an_access_missing_a_required_field_is_refused_naming_it() {
        refused(() -> access(null, 1), "PersonalInfoAccess.kind");
        refused(() -> new PersonalInfoAccess(" ", "W", T, AccessKind.VIEW, null, null, null, null, null, null, 1),
                "PersonalInfoAccess.id");
        refused(() -> new PersonalInfoAccess("PI", "", T, AccessKind.VIEW, null, null, null, null, null, null, 1),
                "PersonalInfoAccess.workerId");
        refused(() -> new PersonalInfoAccess("PI", "W", null, AccessKind.VIEW, null, null, null, null, null, null, 1),
                "PersonalInfoAccess.at");
    }

    // ---- PersonalInfoDisclosure ----

    @Test
    void a_valid_disclosure_builds_and_tells_whether_it_has_a_legal_basis() {
        assertThat(new PersonalInfoDisclosure("D-1", "W-1", T, DisclosureKind.PROVIDE, "ORG-ZLJ-PSB", "《治安管理处罚法》", null, 1)
                .hasLegalBasis()).isTrue();
        assertThat(new PersonalInfoDisclosure("D-2", "W-1", T, DisclosureKind.PUBLISH, "公众", " ", null, 3)
                .hasLegalBasis()).isFalse();
    }

    @Test
    void a_disclosure_of_no_record_is_refused_naming_the_count() {
        ModelValidationException e = refused(
                () -> new PersonalInfoDisclosure("D", "W", T, DisclosureKind.TRANSFER, "X", null, null, -3),
                "PersonalInfoDisclosure.recordCount");
        assertThat(e.shownValue()).isEqualTo("-3");
    }

    @Test
    void a_disclosure_missing_a_required_field_is_refused_naming_it() {
        refused(() -> new PersonalInfoDisclosure("D", "W", T, DisclosureKind.TRANSFER, " ", null, null, 1),
                "PersonalInfoDisclosure.recipient");
        refused(() -> new PersonalInfoDisclosure("D", "W", T, null, "X", null, null, 1), "PersonalInfoDisclosure.kind");
        refused(() -> new PersonalInfoDisclosure("D", "W", null, DisclosureKind.PROVIDE, "X", null, null, 1),
                "PersonalInfoDisclosure.at");
        refused(() -> new PersonalInfoDisclosure("D", null, T, DisclosureKind.PROVIDE, "X", null, null, 1),
                "PersonalInfoDisclosure.workerId");
        refused(() -> new PersonalInfoDisclosure("", "W", T, DisclosureKind.PROVIDE, "X", null, null, 1),
                "PersonalInfoDisclosure.id");
    }
}
