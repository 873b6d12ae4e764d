package org.wangge.kernel.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wangge.kernel.model.ModelValidationException;

class DivisionCodeTest {

    @Test
    void the_zigong_constants_have_the_gb_2260_codes_and_chinese_names_of_article_2() {
        assertThat(DivisionCode.ZIGONG.value()).isEqualTo("510300");
        assertThat(DivisionCode.ZIGONG_COUNTIES).extracting(DivisionCode::value)
                .containsExactly("510302", "510303", "510304", "510311", "510321", "510322");
        assertThat(DivisionCode.ZIGONG_COUNTIES).extracting(c -> c.knownName().orElseThrow())
                .containsExactly("自流井区", "贡井区", "大安区", "沿滩区", "荣县", "富顺县");
        assertThat(DivisionCode.ZIGONG.knownName()).contains("自贡市");
        assertThat(DivisionCode.of("110105").knownName()).isEmpty();
    }

    @Test
    void the_list_of_zigong_counties_is_immutable() {
        assertThatThrownBy(() -> DivisionCode.ZIGONG_COUNTIES.add(DivisionCode.of("110105")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_level_is_read_from_the_trailing_zeros() {
        assertThat(DivisionCode.SICHUAN.level()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(DivisionCode.ZIGONG.level()).isEqualTo(DivisionLevel.PREFECTURE);
        assertThat(DivisionCode.ZILIUJING.level()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(DivisionCode.ZIGONG_COUNTIES).allMatch(c -> c.level() == DivisionLevel.COUNTY);
    }

    @Test
    void a_county_lies_within_its_prefecture_and_province_but_not_elsewhere() {
        assertThat(DivisionCode.ZIGONG_COUNTIES).allMatch(c -> c.isWithin(DivisionCode.ZIGONG))
                .allMatch(c -> c.isWithin(DivisionCode.SICHUAN))
                .allMatch(c -> c.prefectureCode().orElseThrow().equals(DivisionCode.ZIGONG))
                .allMatch(DivisionCode::isZigongCounty);
        assertThat(DivisionCode.ZILIUJING.isWithin(DivisionCode.ZILIUJING)).isTrue();
        assertThat(DivisionCode.ZILIUJING.isWithin(DivisionCode.GONGJING)).isFalse();
        assertThat(DivisionCode.of("510104").isWithin(DivisionCode.ZIGONG)).isFalse();
        assertThat(DivisionCode.ZIGONG.isWithin(DivisionCode.ZILIUJING)).isFalse();
        assertThat(DivisionCode.ZIGONG.isWithin(null)).isFalse();
    }

    @Test
    void parents_go_one_level_up_and_a_province_has_none() {
        assertThat(DivisionCode.ZILIUJING.parent()).contains(DivisionCode.ZIGONG);
        assertThat(DivisionCode.ZIGONG.parent()).contains(DivisionCode.SICHUAN);
        assertThat(DivisionCode.SICHUAN.parent()).isEmpty();
        assertThat(DivisionCode.SICHUAN.prefectureCode()).isEmpty();
        assertThat(DivisionCode.ZIGONG.prefectureCode()).contains(DivisionCode.ZIGONG);
        assertThat(DivisionCode.FUSHUN_COUNTY.provinceCode()).isEqualTo(DivisionCode.SICHUAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"110000", "150000", "210000", "230000", "310000", "370000", "410000", "460000",
            "500000", "540000", "610000", "650000", "710000", "810000", "820000"})
    void every_province_prefix_of_gb_2260_is_accepted(String code) {
        assertThat(DivisionCode.of(code).level()).isEqualTo(DivisionLevel.PROVINCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000", "160000", "200000", "240000", "380000", "470000", "550000", "660000",
            "700000", "720000", "830000", "900000", "000000"})
    void a_code_without_a_province_prefix_is_refused(String code) {
        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> DivisionCode.of(code));

        assertThat(e.field()).isEqualTo("DivisionCode.value");
        assertThat(e.rule()).contains("digits 1-2 must be a GB/T 2260 province code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"51030", "5103021", "51030A", "51-302"})
    void a_code_that_is_not_six_digits_is_refused(String code) {
        assertThatThrownBy(() -> DivisionCode.of(code))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("DivisionCode.value = \"")
                .hasMessageContaining("must be exactly six digits");
    }

    @Test
    void null_and_blank_codes_are_refused_with_validation_exceptions() {
        assertThatThrownBy(() -> DivisionCode.of(null))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("DivisionCode.value = null: is required");
        assertThatThrownBy(() -> DivisionCode.of(""))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("must not be blank");
    }

    @Test
    void codes_are_equal_by_value_and_normalised_from_spaces() {
        assertThat(DivisionCode.of(" 510302 ")).isEqualTo(DivisionCode.ZILIUJING)
                .hasSameHashCodeAs(DivisionCode.ZILIUJING)
                .hasToString("510302");
        assertThat(DivisionCode.ZILIUJING).isLessThan(DivisionCode.GONGJING);
    }
}
