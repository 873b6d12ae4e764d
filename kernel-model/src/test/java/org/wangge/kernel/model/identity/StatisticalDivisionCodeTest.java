package org.wangge.kernel.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.testdata.SyntheticIdentities;

class StatisticalDivisionCodeTest {

    @Test
    void a_village_level_code_knows_its_county_and_township() {
        StatisticalDivisionCode village = StatisticalDivisionCode.of("510302001002");

        assertThat(village.isVillageLevel()).isTrue();
        assertThat(village.isTownshipLevel()).isFalse();
        assertThat(village.countyCode()).isEqualTo(DivisionCode.ZILIUJING);
        assertThat(village.townshipCode()).isEqualTo(StatisticalDivisionCode.of("510302001000"));
        assertThat(village.townshipDigits()).isEqualTo("001");
        assertThat(village.villageDigits()).isEqualTo("002");
    }

    @Test
    void a_township_level_code_ends_in_000_and_is_its_own_township() {
        StatisticalDivisionCode township = StatisticalDivisionCode.of("510321100000");

        assertThat(township.isTownshipLevel()).isTrue();
        assertThat(township.isVillageLevel()).isFalse();
        assertThat(township.townshipCode()).isSameAs(township);
    }

    @Test
    void a_village_lies_within_its_township_county_and_city_but_not_another_township() {
        StatisticalDivisionCode village = StatisticalDivisionCode.of("510302001002");

        assertThat(village.isWithin(StatisticalDivisionCode.of("510302001000"))).isTrue();
        assertThat(village.isWithin(village)).isTrue();
        assertThat(village.isWithin(StatisticalDivisionCode.of("510302002000"))).isFalse();
        assertThat(village.isWithin(StatisticalDivisionCode.of("510302001003"))).isFalse();
        assertThat(village.isWithin(DivisionCode.ZILIUJING)).isTrue();
        assertThat(village.isWithin(DivisionCode.ZIGONG)).isTrue();
        assertThat(village.isWithin(DivisionCode.RONG_COUNTY)).isFalse();
        assertThat(StatisticalDivisionCode.of("510302001000").isWithin(village)).isFalse();
        assertThat(village.isWithin((StatisticalDivisionCode) null)).isFalse();
    }

    @Test
    void generated_codes_in_every_zigong_county_are_accepted_and_within_zigong() {
        qt().forAll(IdentityGens.villageCodes(IdentityGens.AREAS.subList(0, 6))).checkAssert(raw -> {
            StatisticalDivisionCode code = StatisticalDivisionCode.of(raw);
            assertThat(code.isWithin(DivisionCode.ZIGONG)).isTrue();
            assertThat(code.isWithin(code.townshipCode())).isTrue();
        });
    }

    @Test
    void the_first_six_digits_must_be_a_county_level_code() {
        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> StatisticalDivisionCode.of("510300001001"));

        assertThat(e.field()).isEqualTo("StatisticalDivisionCode.value");
        assertThat(e.rule()).contains("digits 1-6 must be a county-level GB/T 2260 code");
        assertThatThrownBy(() -> StatisticalDivisionCode.of("990302001001"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("digits 1-6 digits 1-2 must be a GB/T 2260 province code");
    }

    @Test
    void a_township_part_of_000_is_refused() {
        assertThatThrownBy(() -> StatisticalDivisionCode.of("510302000000"))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("digits 7-9 (township/street) must not be 000");
    }

    @Test
    void codes_that_are_not_twelve_digits_are_refused() {
        for (String bad : new String[] {"51030200100", "5103020010011", "51030200100A"}) {
            assertThatThrownBy(() -> StatisticalDivisionCode.of(bad))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("must be exactly twelve digits");
        }
        assertThatThrownBy(() -> StatisticalDivisionCode.of(null))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("StatisticalDivisionCode.value = null");
    }

    @Test
    void synthetic_statistical_codes_are_village_level_in_the_requested_county() {
        Random random = new Random(11);
        for (DivisionCode county : DivisionCode.ZIGONG_COUNTIES) {
            StatisticalDivisionCode code = SyntheticIdentities.statisticalCode(random, county);
            assertThat(code.isVillageLevel()).isTrue();
            assertThat(code.countyCode()).isEqualTo(county);
        }
    }
}
