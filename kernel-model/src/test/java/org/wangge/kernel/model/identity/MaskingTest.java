package org.wangge.kernel.model.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void an_id_number_keeps_its_first_six_and_last_four_characters() {
        assertThat(Masking.maskIdNumber("51030219800101123X")).isEqualTo("510302********123X");
        assertThat(Masking.maskIdNumber("51030219800101123x")).isEqualTo("510302********123X");
    }

    @Test
    void a_too_short_id_number_is_fully_masked() {
        assertThat(Masking.maskIdNumber("5103021980")).isEqualTo("**********");
        assertThat(Masking.maskIdNumber("")).isEmpty();
    }

    @Test
    void a_mobile_number_keeps_its_first_three_and_last_four_digits() {
        assertThat(Masking.maskMobile("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.maskMobile("+86 138-1234-5678")).isEqualTo("138****5678");
        assertThat(Masking.maskMobile("1381234")).isEqualTo("*******");
    }

    @Test
    void a_landline_keeps_its_area_code_and_last_two_digits() {
        assertThat(Masking.maskLandline("(0813)1234567")).isEqualTo("0813-*****67");
        assertThat(Masking.maskLandline("0813-99")).isEqualTo("*******");
    }

    @Test
    void a_name_keeps_its_first_character() {
        assertThat(Masking.maskName("张三")).isEqualTo("张*");
        assertThat(Masking.maskName("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.maskName("\u0007三")).isEqualTo("**");
    }

    @Test
    void null_is_shown_as_the_word_null_and_never_throws() {
        assertThat(Masking.maskIdNumber(null)).isEqualTo("null");
        assertThat(Masking.maskMobile(null)).isEqualTo("null");
        assertThat(Masking.maskLandline(null)).isEqualTo("null");
        assertThat(Masking.maskName(null)).isEqualTo("null");
    }

    @Test
    void control_characters_never_pass_through_a_mask() {
        assertThat(Masking.maskIdNumber("510302\u000719800101123X")).doesNotContain("\u0007");
        assertThat(Masking.maskLandline("0813\u00001234567890")).doesNotContain("\u0000");
    }
}
