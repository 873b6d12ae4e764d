package org.wangge.kernel.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.testdata.SyntheticIdentities;

class ResidentIdNumberTest {

    /** The worked example published in GB 11643-1999 itself. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    private static final String ALPHABET = "0123456789X";

    /** The check character computed here from the algorithm as the standard words it. */
    private static char referenceCheck(String first17) {
        int[] weights = new int[17];
        for (int i = 0; i < 17; i++) {
            // W_i = 2^(i-1) mod 11, i counted from the right starting at 2 for the leftmost of 17 digits
            weights[i] = (int) (Math.pow(2, 17 - i) % 11);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        // find the check value a_1 with (sum + a_1) ≡ 1 (mod 11); 10 is written X
        for (int a1 = 0; a1 <= 10; a1++) {
            if ((sum + a1) % 11 == 1) {
                return a1 == 10 ? 'X' : (char) ('0' + a1);
            }
        }
        throw new AssertionError("unreachable");
    }

    private static String withWrongCheck(String valid) {
        char right = valid.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }

    @Test
    void the_published_gb_11643_example_is_accepted_with_check_character_x() {
        ResidentIdNumber id = ResidentIdNumber.of(STANDARD_EXAMPLE);

        assertThat(id.unmasked()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(ResidentIdNumber.checkCharacterFor("11010519491231002")).isEqualTo('X');
        assertThat(referenceCheck("11010519491231002")).isEqualTo('X');
        assertThat(id.addressCode()).isEqualTo(DivisionCode.of("110105"));
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(ResidentIdNumber.Sex.FEMALE);
        assertThat(id.checkCharacter()).isEqualTo('X');
    }

    @Test
    void the_check_character_agrees_with_the_iso_7064_mod_11_2_definition_for_hand_built_numbers() {
        assertThat(ResidentIdNumber.checkCharacterFor("51030219800101123")).isEqualTo(referenceCheck("51030219800101123"));
        assertThat(ResidentIdNumber.checkCharacterFor("51032120001231001")).isEqualTo(referenceCheck("51032120001231001"));
        assertThat(ResidentIdNumber.checkCharacterFor("00000000000000000")).isEqualTo('1');
    }

    @Test
    void the_weights_of_the_standard_are_powers_of_two_modulo_eleven() {
        // cross-check of the reference implementation against the weight table of the brief
        int[] table = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        for (int i = 0; i < 17; i++) {
            assertThat((int) (Math.pow(2, 17 - i) % 11)).as("weight %d", i + 1).isEqualTo(table[i]);
        }
    }

    @Test
    void every_generated_valid_number_is_accepted_and_keeps_its_parts() {
        qt().forAll(IdentityGens.residentIdNumbers()).checkAssert(raw -> {
            ResidentIdNumber id = ResidentIdNumber.of(raw);
            assertThat(id.unmasked()).isEqualTo(raw);
            assertThat(id.addressCode().value()).isEqualTo(raw.substring(0, 6));
            assertThat(id.birthDate().getYear()).isEqualTo(Integer.parseInt(raw.substring(6, 10)));
            assertThat(raw.charAt(17)).isEqualTo(referenceCheck(raw.substring(0, 17)));
        });
    }

    @Test
    void every_substitution_of_the_check_character_is_refused() {
        qt().forAll(IdentityGens.residentIdNumbers()).checkAssert(raw -> {
            for (char c : ALPHABET.toCharArray()) {
                if (c == raw.charAt(17)) {
                    continue;
                }
                String corrupted = raw.substring(0, 17) + c;
                assertThatThrownBy(() -> ResidentIdNumber.of(corrupted))
                        .isInstanceOf(ModelValidationException.class)
                        .hasMessageContaining("check character must be '" + raw.charAt(17) + "'");
            }
        });
    }

    @Test
    void every_single_digit_substitution_in_the_first_17_characters_is_refused() {
        qt().withExamples(200).forAll(IdentityGens.residentIdNumbers()).checkAssert(raw -> {
            for (int position = 0; position < 17; position++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == raw.charAt(position)) {
                        continue;
                    }
                    String corrupted = raw.substring(0, position) + d + raw.substring(position + 1);
                    assertThat(ResidentIdNumber.isValid(corrupted)).as("%s", corrupted).isFalse();
                }
            }
        });
    }

    @Test
    void a_resident_id_number_with_a_wrong_check_character_is_refused() {
        String valid = SyntheticIdentities.withCheck("51030219800101123");
        String wrong = withWrongCheck(valid);

        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> ResidentIdNumber.of(wrong));

        assertThat(e.field()).isEqualTo("ResidentIdNumber.value");
        assertThat(e.rule()).contains("check character must be '" + valid.charAt(17) + "'")
                .contains("GB 11643").contains("ISO 7064 MOD 11-2");
        assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain("19800101");
        assertThat(e.shownValue()).isEqualTo("\"510302********" + wrong.substring(14) + "\"");
    }

    @Test
    void a_lowercase_x_check_character_is_normalised_to_upper_case() {
        ResidentIdNumber id = ResidentIdNumber.of("11010519491231002x");

        assertThat(id.unmasked()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id).isEqualTo(ResidentIdNumber.of(STANDARD_EXAMPLE));
    }

    @Test
    void surrounding_and_inner_spaces_and_full_width_digits_are_normalised() {
        assertThat(ResidentIdNumber.of(" 110105 19491231 002X ").unmasked()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(ResidentIdNumber.of("１１０１０５１９４９１２３１００２Ｘ").unmasked()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void the_masked_form_keeps_the_first_six_and_last_four_characters() {
        String raw = SyntheticIdentities.withCheck("51030219800101123");
        ResidentIdNumber id = ResidentIdNumber.of(raw);

        assertThat(id.masked()).isEqualTo("510302********" + raw.substring(14)).hasSize(18);
        assertThat(id.masked()).matches("510302\\*{8}123[0-9X]");
    }

    @Test
    void to_string_never_contains_the_raw_number() {
        qt().forAll(IdentityGens.residentIdNumbers()).checkAssert(raw -> {
            ResidentIdNumber id = ResidentIdNumber.of(raw);
            assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain(raw).doesNotContain(raw.substring(6, 14));
        });
    }

    @Test
    void a_null_number_is_refused_with_a_validation_exception_not_a_null_pointer_exception() {
        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> ResidentIdNumber.of(null));

        assertThat(e.field()).isEqualTo("ResidentIdNumber.value");
        assertThat(e.rule()).contains("required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void a_blank_number_is_refused_as_blank(String blank) {
        assertThatThrownBy(() -> ResidentIdNumber.of(blank))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("ResidentIdNumber.value = ")
                .hasMessageContaining("must not be blank");
    }

    @Test
    void a_number_of_the_wrong_length_is_refused_without_showing_it() {
        String tooShort = "51030219800101123";

        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> ResidentIdNumber.of(tooShort));

        assertThat(e.rule()).contains("must have 18 characters").contains("has 17");
        assertThat(e.getMessage()).doesNotContain(tooShort).doesNotContain("19800101");
    }

    @Test
    void a_letter_before_the_check_character_is_refused_naming_its_position() {
        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> ResidentIdNumber.of("5103021980010112A3"));

        assertThat(e.rule()).contains("character 17 must be a digit");
        assertThat(e.getMessage()).doesNotContain("19800101");
    }

    @Test
    void a_check_character_other_than_a_digit_or_x_is_refused() {
        assertThatThrownBy(() -> ResidentIdNumber.of("51030219800101123Y"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("must be a digit 0-9 or 'X'");
    }

    @Test
    void an_impossible_birth_date_is_refused_without_showing_the_date() {
        String feb30 = SyntheticIdentities.withCheck("51030219800230123");

        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> ResidentIdNumber.of(feb30));

        assertThat(e.rule()).contains("birth date (characters 7-14) must be a real calendar date");
        assertThat(e.getMessage()).doesNotContain("19800230").doesNotContain(feb30);
    }

    @Test
    void a_birth_year_before_1900_is_refused() {
        assertThat(ResidentIdNumber.isValid(SyntheticIdentities.withCheck("51030218991231123"))).isFalse();
        assertThat(ResidentIdNumber.isValid(SyntheticIdentities.withCheck("51030219000101123"))).isTrue();
    }

    @Test
    void a_leap_day_is_a_real_birth_date_only_in_a_leap_year() {
        assertThat(ResidentIdNumber.isValid(SyntheticIdentities.withCheck("51030220000229123"))).isTrue();
        assertThat(ResidentIdNumber.isValid(SyntheticIdentities.withCheck("51030219000229123"))).isFalse();
    }

    @Test
    void an_address_code_that_does_not_start_with_a_province_code_is_refused() {
        assertThatThrownBy(() -> ResidentIdNumber.of(SyntheticIdentities.withCheck("99030219800101123")))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("address code (characters 1-6) must begin with a GB/T 2260 province code");
    }

    @Test
    void the_sex_is_read_from_the_parity_of_the_17th_character() {
        assertThat(ResidentIdNumber.of(SyntheticIdentities.withCheck("51030219800101123")).sex())
                .isEqualTo(ResidentIdNumber.Sex.MALE);
        assertThat(ResidentIdNumber.of(SyntheticIdentities.withCheck("51030219800101124")).sex())
                .isEqualTo(ResidentIdNumber.Sex.FEMALE);
    }

    @Test
    void numbers_are_equal_by_value() {
        String raw = SyntheticIdentities.residentIdNumber(new Random(7)).unmasked();

        assertThat(ResidentIdNumber.of(raw)).isEqualTo(ResidentIdNumber.of(raw))
                .hasSameHashCodeAs(ResidentIdNumber.of(raw))
                .isNotEqualTo(ResidentIdNumber.of(STANDARD_EXAMPLE));
    }

    @Test
    void the_check_character_helper_refuses_anything_but_17_digits() {
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacterFor(null))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("ResidentIdNumber.first17");
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacterFor("1101051949123100"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("17 digits");
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacterFor("1101051949123100A"))
                .isInstanceOf(ModelValidationException.class);
    }
}
