package org.wangge.kernel.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wangge.kernel.model.ModelValidationException;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+8613812345678", "+86 138 1234 5678", "86 138-1234-5678",
            "008613812345678", "138-1234-5678", "１３８１２３４５６７８"})
    void the_plus_86_prefix_spaces_and_hyphens_are_normalised_away(String raw) {
        assertThat(MobileNumber.of(raw).unmasked()).isEqualTo("13812345678");
    }

    @Test
    void the_masked_form_keeps_the_first_three_and_last_four_digits() {
        MobileNumber mobile = MobileNumber.of("13812345678");

        assertThat(mobile.masked()).isEqualTo("138****5678");
        assertThat(mobile).hasToString("138****5678");
        assertThat(mobile.toString()).doesNotContain("13812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "10012345678", "23812345678"})
    void a_number_not_starting_with_13_to_19_is_refused(String raw) {
        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> MobileNumber.of(raw));

        assertThat(e.field()).isEqualTo("MobileNumber.value");
        assertThat(e.rule()).contains("must start with 13-19");
        assertThat(e.getMessage()).doesNotContain(raw);
    }

    @Test
    void a_number_of_the_wrong_length_is_refused_without_showing_it() {
        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> MobileNumber.of("138123456789"));

        assertThat(e.rule()).contains("must have 11 digits").contains("has 12");
        assertThat(e.getMessage()).doesNotContain("138123456789").contains("138*****6789");
    }

    @Test
    void letters_are_refused() {
        assertThat(MobileNumber.isValid("1381234567a")).isFalse();
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> MobileNumber.of("1381234567a")).rule())
                .contains("must contain only digits");
    }

    @Test
    void null_and_blank_numbers_are_refused_with_validation_exceptions() {
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> MobileNumber.of(null)).getMessage())
                .startsWith("MobileNumber.value = null: is required");
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> MobileNumber.of(" - ")).rule())
                .contains("must not be blank");
    }

    @Test
    void numbers_are_equal_by_normalised_value() {
        assertThat(MobileNumber.of("+86 138 1234 5678")).isEqualTo(MobileNumber.of("13812345678"))
                .hasSameHashCodeAs(MobileNumber.of("13812345678"));
    }
}
