package org.wangge.kernel.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wangge.kernel.model.ModelValidationException;

class LandlineNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0813-1234567", "(0813)1234567", "08131234567", "0813 1234567", "（0813）1234567",
            "(0813)-1234567"})
    void the_accepted_forms_normalise_to_area_code_hyphen_number(String raw) {
        LandlineNumber number = LandlineNumber.of(raw);

        assertThat(number.unmasked()).isEqualTo("0813-1234567");
        assertThat(number.areaCode()).isEqualTo("0813");
        assertThat(number.extension()).isEmpty();
    }

    @Test
    void three_digit_area_codes_010_and_02x_are_read_without_a_separator() {
        assertThat(LandlineNumber.of("01012345678").unmasked()).isEqualTo("010-12345678");
        assertThat(LandlineNumber.of("02887654321").unmasked()).isEqualTo("028-87654321");
        assertThat(LandlineNumber.of("081312345678").unmasked()).isEqualTo("0813-12345678");
    }

    @Test
    void an_extension_is_kept_after_a_hyphen_or_zhuan() {
        assertThat(LandlineNumber.of("0813-1234567-801").unmasked()).isEqualTo("0813-1234567-801");
        assertThat(LandlineNumber.of("0813-1234567转801").extension()).contains("801");
    }

    @Test
    void the_masked_form_keeps_the_area_code_and_the_last_two_digits() {
        LandlineNumber number = LandlineNumber.of("0813-1234567");

        assertThat(number.masked()).isEqualTo("0813-*****67");
        assertThat(number).hasToString("0813-*****67");
        assertThat(LandlineNumber.of("010-12345678").masked()).isEqualTo("010-******78");
        assertThat(LandlineNumber.of("0813-1234567-801").masked()).isEqualTo("0813-*****67-***");
    }

    @Test
    void to_string_never_contains_the_raw_number() {
        LandlineNumber number = LandlineNumber.of("0813-1234567-801");

        assertThat(number.toString()).doesNotContain("1234567").doesNotContain("801");
    }

    @ParameterizedTest
    @ValueSource(strings = {"081-1234567", "0013-1234567", "813-1234567"})
    void an_area_code_outside_the_numbering_plan_is_refused(String raw) {
        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> LandlineNumber.of(raw));

        assertThat(e.field()).isEqualTo("LandlineNumber.value");
        assertThat(e.rule()).containsAnyOf("the area code must be", "must start with the area code");
        assertThat(e.getMessage()).doesNotContain("1234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0813-123456", "0813-123456789", "0813123456789"})
    void a_subscriber_number_of_other_than_7_or_8_digits_is_refused(String raw) {
        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> LandlineNumber.of(raw));

        assertThat(e.rule()).contains("subscriber number must have 7 or 8 digits");
        assertThat(e.getMessage()).doesNotContain("123456");
    }

    @Test
    void null_blank_and_unclosed_numbers_are_refused_with_validation_exceptions() {
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> LandlineNumber.of(null)).getMessage())
                .startsWith("LandlineNumber.value = null: is required");
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> LandlineNumber.of("  ")).rule())
                .contains("must not be blank");
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> LandlineNumber.of("(0813 1234567")).rule())
                .contains("closed with ')'");
    }

    @Test
    void numbers_are_equal_by_normalised_value() {
        assertThat(LandlineNumber.of("(0813)1234567")).isEqualTo(LandlineNumber.of("08131234567"))
                .hasSameHashCodeAs(LandlineNumber.of("0813-1234567"));
    }
}
