package org.wangge.kernel.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.ModelValidationException;

class GridCodeSchemeTest {

    private static final List<String> ZIGONG = IdentityGens.AREAS.subList(0, 6);
    private static final List<String> ANY_COUNTY = List.of("510302", "510321", "110105", "440305", "650102");

    @Test
    void the_default_scheme_is_named_zigong_default_v1_and_does_not_restrict_the_county() {
        assertThat(DefaultGridCodeScheme.INSTANCE.name()).isEqualTo("zigong-default-v1");
        assertThat(DefaultGridCodeScheme.INSTANCE.requiresZigong()).isFalse();
        assertThat(DefaultGridCodeScheme.INSTANCE.isValid("110105001001001")).isTrue();
    }

    @Test
    void every_generated_code_of_a_village_and_a_serial_is_accepted() {
        qt().forAll(IdentityGens.gridCodes(ANY_COUNTY)).checkAssert(code -> {
            assertThat(DefaultGridCodeScheme.INSTANCE.violations(code)).isEmpty();
            assertThat(GridCode.of(code, DefaultGridCodeScheme.INSTANCE).value()).isEqualTo(code);
            assertThat(DefaultGridCodeScheme.INSTANCE.divisionOf(code))
                    .contains(StatisticalDivisionCode.of(code.substring(0, 12)));
        });
    }

    @Test
    void every_generated_zigong_code_is_accepted_by_the_zigong_only_scheme() {
        qt().forAll(IdentityGens.gridCodes(ZIGONG)).checkAssert(code ->
                assertThat(DefaultGridCodeScheme.ZIGONG_ONLY.violations(code)).isEmpty());
    }

    @Test
    void dropping_or_adding_a_digit_is_refused() {
        qt().forAll(IdentityGens.gridCodes(ANY_COUNTY), integers().between(0, 14)).checkAssert((code, at) -> {
            String dropped = code.substring(0, at) + code.substring(at + 1);
            String added = code.substring(0, at) + "7" + code.substring(at);
            assertThat(DefaultGridCodeScheme.INSTANCE.violations(dropped)).anyMatch(v -> v.contains("exactly 15 digits"));
            assertThat(DefaultGridCodeScheme.INSTANCE.violations(added)).anyMatch(v -> v.contains("exactly 15 digits"));
        });
    }

    @Test
    void replacing_any_digit_with_a_letter_or_hyphen_is_refused() {
        qt().forAll(IdentityGens.gridCodes(ANY_COUNTY), integers().between(0, 14)).checkAssert((code, at) -> {
            for (String other : List.of("A", "Z", "-", " ")) {
                String corrupted = code.substring(0, at) + other + code.substring(at + 1);
                assertThat(DefaultGridCodeScheme.INSTANCE.isValid(corrupted)).as("%s", corrupted).isFalse();
            }
        });
    }

    @Test
    void a_serial_of_000_or_a_township_level_area_is_refused() {
        qt().forAll(IdentityGens.gridCodes(ANY_COUNTY)).checkAssert(code -> {
            String serial000 = code.substring(0, 12) + "000";
            String township = code.substring(0, 9) + "000" + code.substring(12);
            assertThat(DefaultGridCodeScheme.INSTANCE.violations(serial000)).containsExactly(
                    "digits 13-15 (serial of the grid) must be 001-999, not 000");
            assertThat(DefaultGridCodeScheme.INSTANCE.violations(township))
                    .anyMatch(v -> v.startsWith("digits 10-12 must name a community or village"));
        });
    }

    @Test
    void a_county_outside_zigong_is_refused_only_when_the_scheme_requires_zigong() {
        String beijing = "110105001001001";

        assertThat(DefaultGridCodeScheme.INSTANCE.isValid(beijing)).isTrue();
        assertThat(new DefaultGridCodeScheme(true).violations(beijing))
                .containsExactly("digits 1-6 must be a county of Zigong (510302, 510303, 510304, 510311, 510321, 510322)");
        assertThat(new DefaultGridCodeScheme(true)).isEqualTo(DefaultGridCodeScheme.ZIGONG_ONLY);
    }

    @Test
    void every_broken_rule_is_reported_separately() {
        assertThat(DefaultGridCodeScheme.ZIGONG_ONLY.violations("110105001000000")).hasSize(3);
        assertThat(DefaultGridCodeScheme.INSTANCE.violations("510300001001001"))
                .singleElement().asString().contains("county-level");
    }

    @Test
    void a_null_code_is_a_violation_not_an_exception() {
        assertThat(DefaultGridCodeScheme.INSTANCE.violations(null)).containsExactly("a grid code is required");
        assertThat(DefaultGridCodeScheme.INSTANCE.isValid(null)).isFalse();
        assertThat(DefaultGridCodeScheme.INSTANCE.divisionOf(null)).isEmpty();
    }

    @Test
    void compose_appends_a_three_digit_serial_to_a_village_code() {
        StatisticalDivisionCode village = StatisticalDivisionCode.of("510302001001");

        GridCode code = DefaultGridCodeScheme.compose(village, 7);

        assertThat(code.value()).isEqualTo("510302001001007");
        assertThat(code.conformsTo(DefaultGridCodeScheme.ZIGONG_ONLY)).isTrue();
        assertThat(code.divisionIn(DefaultGridCodeScheme.INSTANCE)).contains(village);
        assertThat(DefaultGridCodeScheme.INSTANCE.serialOf(code.value())).contains(7);
    }

    @Test
    void compose_refuses_a_township_a_null_area_and_a_serial_outside_1_to_999() {
        assertThatThrownBy(() -> DefaultGridCodeScheme.compose(StatisticalDivisionCode.of("510302001000"), 1))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("GridCode.village");
        assertThatThrownBy(() -> DefaultGridCodeScheme.compose(null, 1))
                .isInstanceOf(ModelValidationException.class)
                .hasMessageStartingWith("GridCode.village = null");
        for (int serial : new int[] {0, 1000, -1}) {
            assertThatThrownBy(() -> DefaultGridCodeScheme.compose(StatisticalDivisionCode.of("510302001001"), serial))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageStartingWith("GridCode.serial = " + serial)
                    .hasMessageContaining("must be 1-999");
        }
    }

    @Test
    void a_grid_code_value_checks_only_charset_and_length() {
        assertThat(GridCode.of("zg-a-01").value()).isEqualTo("ZG-A-01");
        assertThat(GridCode.of("A".repeat(32)).value()).hasSize(32);
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> GridCode.of("A".repeat(33))).rule())
                .contains("at most 32 characters");
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> GridCode.of("A_1")).rule())
                .contains("only digits 0-9, letters A-Z and hyphens");
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> GridCode.of(null)).getMessage())
                .startsWith("GridCode.value = null: is required");
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> GridCode.of("  ")).rule())
                .contains("must not be blank");
    }

    @Test
    void a_code_read_against_a_scheme_lists_every_broken_rule() {
        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> GridCode.of("510302001000000", DefaultGridCodeScheme.INSTANCE));

        assertThat(e.field()).isEqualTo("GridCode.value");
        assertThat(e.rule()).contains("zigong-default-v1").contains("digits 10-12").contains("digits 13-15");
    }

    @Test
    void another_city_plugs_in_its_own_scheme_by_implementing_the_interface() {
        GridCodeScheme otherCity = new GridCodeScheme() {
            @Override
            public String name() {
                return "other-city-v1";
            }

            @Override
            public List<String> violations(String code) {
                return code != null && code.matches("OC-\\d{4}") ? List.of() : List.of("must be OC- and four digits");
            }

            @Override
            public Optional<StatisticalDivisionCode> divisionOf(String code) {
                return Optional.empty();
            }
        };

        assertThat(GridCode.of("OC-0001", otherCity).conformsTo(otherCity)).isTrue();
        assertThat(otherCity.isValid("510302001001001")).isFalse();
        assertThatThrownBy(() -> GridCode.of("OC-1", otherCity))
                .hasMessageContaining("other-city-v1: must be OC- and four digits");
    }

    @Test
    void grid_codes_are_equal_by_value() {
        assertThat(GridCode.of("510302001001001")).isEqualTo(GridCode.of(" 510302001001001 "))
                .hasSameHashCodeAs(GridCode.of("510302001001001")).hasToString("510302001001001");
    }
}
