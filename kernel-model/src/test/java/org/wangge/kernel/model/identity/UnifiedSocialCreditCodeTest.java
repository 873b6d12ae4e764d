package org.wangge.kernel.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.testdata.SyntheticIdentities;

class UnifiedSocialCreditCodeTest {

    /** The example of GB 32100-2015 (a sample code, not a real organisation's). */
    private static final String STANDARD_EXAMPLE = "91350100M000100Y43";

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** The check character computed here from the standard's wording: weights 3^(i-1) mod 31. */
    private static char referenceCheck(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }

    @Test
    void the_charset_has_31_characters_without_i_o_z_s_v() {
        assertThat(UnifiedSocialCreditCode.CHARSET).isEqualTo(CHARSET).hasSize(31).doesNotContain("I", "O", "Z", "S", "V");
    }

    @Test
    void the_published_gb_32100_example_is_accepted() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(STANDARD_EXAMPLE);

        assertThat(code.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(UnifiedSocialCreditCode.checkCharacterFor("91350100M000100Y4")).isEqualTo('3');
        assertThat(referenceCheck("91350100M000100Y4")).isEqualTo('3');
        assertThat(code.registrationAuthorityCode()).isEqualTo('9');
        assertThat(code.organisationTypeCode()).isEqualTo('1');
        assertThat(code.divisionCode()).contains(DivisionCode.of("350100"));
        assertThat(code.organisationCode()).isEqualTo("M000100Y4");
    }

    @Test
    void a_check_value_of_31_is_written_0() {
        // find a 17-character prefix whose weighted sum is a multiple of 31 and check its check character
        String first17 = "00000000000000000";
        assertThat(UnifiedSocialCreditCode.checkCharacterFor(first17)).isEqualTo('0');
        assertThat(referenceCheck(first17)).isEqualTo('0');
    }

    @Test
    void every_generated_valid_code_is_accepted() {
        qt().forAll(IdentityGens.socialCreditCodes()).checkAssert(raw -> {
            assertThat(UnifiedSocialCreditCode.of(raw).value()).isEqualTo(raw);
            assertThat(raw.charAt(17)).isEqualTo(referenceCheck(raw.substring(0, 17)));
        });
    }

    @Test
    void every_substitution_of_the_check_character_is_refused() {
        qt().forAll(IdentityGens.socialCreditCodes()).checkAssert(raw -> {
            for (char c : CHARSET.toCharArray()) {
                if (c == raw.charAt(17)) {
                    continue;
                }
                String corrupted = raw.substring(0, 17) + c;
                assertThatThrownBy(() -> UnifiedSocialCreditCode.of(corrupted))
                        .isInstanceOf(ModelValidationException.class)
                        .hasMessageContaining("check character must be '" + raw.charAt(17) + "'");
            }
        });
    }

    @Test
    void every_single_character_substitution_in_the_first_17_characters_is_refused() {
        qt().withExamples(100).forAll(IdentityGens.socialCreditCodes()).checkAssert(raw -> {
            for (int position = 0; position < 17; position++) {
                for (char c : CHARSET.toCharArray()) {
                    if (c == raw.charAt(position)) {
                        continue;
                    }
                    String corrupted = raw.substring(0, position) + c + raw.substring(position + 1);
                    assertThat(UnifiedSocialCreditCode.isValid(corrupted)).as("%s", corrupted).isFalse();
                }
            }
        });
    }

    @Test
    void a_social_credit_code_with_a_wrong_check_character_is_refused_naming_field_and_rule() {
        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> UnifiedSocialCreditCode.of("91350100M000100Y44"));

        assertThat(e.field()).isEqualTo("UnifiedSocialCreditCode.value");
        assertThat(e.rule()).contains("check character must be '3'").contains("GB 32100-2015");
        assertThat(e.getMessage()).startsWith("UnifiedSocialCreditCode.value = \"91350100M000100Y44\": ");
    }

    @Test
    void letters_i_o_z_s_v_are_refused_anywhere() {
        for (char forbidden : "IOZSV".toCharArray()) {
            assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100" + forbidden + "43"))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("character 16 ('" + forbidden + "') is not allowed");
        }
    }

    @Test
    void lowercase_letters_are_normalised_to_upper_case() {
        assertThat(UnifiedSocialCreditCode.of("91350100m000100y43").value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void characters_3_to_8_must_be_a_division_code() {
        String letters = "91A50100M000100Y4";
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(letters + UnifiedSocialCreditCode.checkCharacterFor(letters)))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("characters 3-8 must be the six digits");
        String noProvince = "91990100M000100Y4";
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(noProvince + UnifiedSocialCreditCode.checkCharacterFor(noProvince)))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("province code");
    }

    @Test
    void a_nationally_registered_code_has_no_division() {
        String national = "11100000M000100Y4";
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(national + UnifiedSocialCreditCode.checkCharacterFor(national));

        assertThat(code.divisionCode()).isEmpty();
        assertThat(code.registrationDivisionDigits()).isEqualTo("100000");
    }

    @Test
    void null_blank_and_wrong_length_codes_are_refused_with_validation_exceptions() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(null))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("UnifiedSocialCreditCode.value = null: is required");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(" "))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y4"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("must have 18 characters").hasMessageContaining("has 17");
    }

    @Test
    void codes_are_not_personal_so_to_string_gives_the_code_and_equality_is_by_value() {
        UnifiedSocialCreditCode code = SyntheticIdentities.socialCreditCode(new Random(3));

        assertThat(code).hasToString(code.value())
                .isEqualTo(UnifiedSocialCreditCode.of(code.value()))
                .hasSameHashCodeAs(UnifiedSocialCreditCode.of(code.value()));
    }

    @Test
    void the_check_character_helper_refuses_characters_outside_the_set() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacterFor("91350100M000100I4"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("UnifiedSocialCreditCode.first17");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacterFor(null))
                .isInstanceOf(ModelValidationException.class);
    }
}
