package org.wangge.kernel.model.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;

/** Bad input to the division aggregate: {@link AdministrativeDivision}. */
class DivisionRecordsTest {

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    @Test
    void valid_divisions_of_every_kind_build() {
        assertThat(new AdministrativeDivision("510300", "自贡市", DivisionKind.CITY, null).parentCode()).isNull();
        assertThat(new AdministrativeDivision("510302", "自流井区", DivisionKind.COUNTY, "510300").kind())
                .isEqualTo(DivisionKind.COUNTY);
        assertThat(new AdministrativeDivision("510302001000", "五星街街道", DivisionKind.STREET, "510302").code())
                .isEqualTo("510302001000");
        assertThat(new AdministrativeDivision("510321100000", "旭阳镇", DivisionKind.TOWNSHIP, "510321").name())
                .isEqualTo("旭阳镇");
        assertThat(new AdministrativeDivision("510302001001", "檀木林社区", DivisionKind.COMMUNITY, "510302001000")
                .liesWithin("510302")).isTrue();
        assertThat(new AdministrativeDivision("510321100201", "双石村", DivisionKind.VILLAGE, "510321100000")
                .liesWithin("510302")).isFalse();
    }

    @Test
    void a_division_with_a_blank_code_is_refused_naming_the_field() {
        ModelValidationException e = refused(
                () -> new AdministrativeDivision("  ", "自贡市", DivisionKind.CITY, null), "AdministrativeDivision.code");
        assertThat(e.rule()).contains("must not be blank");
    }

    @Test
    void a_division_without_a_name_is_refused_naming_the_field() {
        ModelValidationException e = refused(
                () -> new AdministrativeDivision("510300", null, DivisionKind.CITY, null), "AdministrativeDivision.name");
        assertThat(e.shownValue()).isEqualTo("null");
        assertThat(e.rule()).contains("required");
    }

    @Test
    void a_division_without_a_kind_is_refused_naming_the_field() {
        refused(() -> new AdministrativeDivision("510300", "自贡市", null, null), "AdministrativeDivision.kind");
    }

    @Test
    void a_county_with_a_malformed_code_is_refused_under_the_division_field_not_the_identifier_type() {
        ModelValidationException e = refused(
                () -> new AdministrativeDivision("51030X", "某区", DivisionKind.COUNTY, "510300"),
                "AdministrativeDivision.code");
        assertThat(e.shownValue()).contains("51030X");
        assertThat(e.rule()).contains("six digits");
    }

    @Test
    void a_community_with_a_malformed_code_is_refused_under_the_division_field_not_the_identifier_type() {
        ModelValidationException e = refused(
                () -> new AdministrativeDivision("5103020010", "某社区", DivisionKind.COMMUNITY, "510302001000"),
                "AdministrativeDivision.code");
        assertThat(e.shownValue()).contains("5103020010");
        assertThat(e.rule()).contains("twelve digits");
    }

    @Test
    void a_city_with_a_county_code_is_refused_naming_the_level() {
        ModelValidationException e = refused(
                () -> new AdministrativeDivision("510302", "自流井区", DivisionKind.CITY, null),
                "AdministrativeDivision.code");
        assertThat(e.shownValue()).isEqualTo("510302");
        assertThat(e.rule()).contains("CITY").contains("PREFECTURE");
    }

    @Test
    void a_county_with_a_city_code_is_refused_naming_the_level() {
        ModelValidationException e = refused(
                () -> new AdministrativeDivision("510300", "自贡市", DivisionKind.COUNTY, "510000"),
                "AdministrativeDivision.code");
        assertThat(e.rule()).contains("COUNTY");
    }

    @Test
    void a_community_with_a_township_level_code_is_refused() {
        ModelValidationException e = refused(
                () -> new AdministrativeDivision("510302001000", "檀木林社区", DivisionKind.COMMUNITY, "510302001000"),
                "AdministrativeDivision.code");
        assertThat(e.shownValue()).isEqualTo("510302001000");
        assertThat(e.rule()).contains("community or village level");
    }

    @Test
    void a_street_with_a_community_level_code_is_refused() {
        ModelValidationException e = refused(
                () -> new AdministrativeDivision("510302001001", "五星街街道", DivisionKind.STREET, "510302"),
                "AdministrativeDivision.code");
        assertThat(e.rule()).contains("township level");
    }

    @Test
    void a_division_below_the_city_without_a_parent_is_refused_naming_the_field() {
        refused(() -> new AdministrativeDivision("510302", "自流井区", DivisionKind.COUNTY, null),
                "AdministrativeDivision.parentCode");
        refused(() -> new AdministrativeDivision("510302001001", "檀木林社区", DivisionKind.COMMUNITY, " "),
                "AdministrativeDivision.parentCode");
    }

    @Test
    void a_division_code_is_stored_as_the_identifier_type_normalised_it() {
        assertThat(new AdministrativeDivision("510 302", "自流井区", DivisionKind.COUNTY, "510300").code())
                .isEqualTo("510302");
        assertThat(new AdministrativeDivision("５１０３０２００１００１", "檀木林社区", DivisionKind.COMMUNITY, "510302001000")
                .code()).isEqualTo("510302001001");
    }

    @Test
    void division_kinds_tell_their_code_and_level() {
        assertThat(DivisionKind.CITY.usesGb2260Code()).isTrue();
        assertThat(DivisionKind.STREET.usesGb2260Code()).isFalse();
        assertThat(DivisionKind.STREET.isTownshipLevel()).isTrue();
        assertThat(DivisionKind.VILLAGE.isGrassroots()).isTrue();
        assertThat(DivisionKind.TOWNSHIP.isGrassroots()).isFalse();
    }
}
