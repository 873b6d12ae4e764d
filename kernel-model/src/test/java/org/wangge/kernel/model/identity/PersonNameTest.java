package org.wangge.kernel.model.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.ModelValidationException;

class PersonNameTest {

    @Test
    void the_masked_form_keeps_the_first_character_and_hides_each_other_one() {
        assertThat(PersonName.of("张三").masked()).isEqualTo("张*");
        assertThat(PersonName.of("欧阳娜娜").masked()).isEqualTo("欧***");
        assertThat(PersonName.of("阿依古丽·买买提").masked()).isEqualTo("阿*******");
    }

    @Test
    void a_one_character_name_is_fully_masked() {
        assertThat(PersonName.of("王").masked()).isEqualTo("*");
    }

    @Test
    void to_string_never_contains_the_raw_name() {
        PersonName name = PersonName.of("张三丰");

        assertThat(name).hasToString("张**");
        assertThat(name.toString()).doesNotContain("三丰");
        assertThat(name.unmasked()).isEqualTo("张三丰");
    }

    @Test
    void surrounding_whitespace_is_stripped_and_names_are_equal_by_value() {
        assertThat(PersonName.of("  张三 ")).isEqualTo(PersonName.of("张三")).hasSameHashCodeAs(PersonName.of("张三"));
    }

    @Test
    void characters_outside_the_basic_plane_count_as_one() {
        String rare = "𠀀三"; // U+20000 (CJK Extension B) + 三
        assertThat(PersonName.of(rare).masked()).isEqualTo("𠀀*");
    }

    @Test
    void a_name_longer_than_50_characters_is_refused_without_showing_it() {
        String longName = "张" + "三".repeat(50);

        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> PersonName.of(longName));

        assertThat(e.field()).isEqualTo("PersonName.value");
        assertThat(e.rule()).contains("at most 50 characters").contains("has 51");
        assertThat(e.getMessage()).doesNotContain("三");
        assertThat(PersonName.isValid("张" + "三".repeat(49))).isTrue();
    }

    @Test
    void a_name_with_a_control_character_is_refused_without_showing_it() {
        ModelValidationException e = catchThrowableOfType(ModelValidationException.class, () -> PersonName.of("张\n三"));

        assertThat(e.rule()).contains("must not contain control characters").contains("character 2");
        assertThat(e.getMessage()).doesNotContain("三").doesNotContain("\n");
        assertThat(PersonName.isValid("张\t三")).isFalse();
    }

    @Test
    void null_and_blank_names_are_refused_with_validation_exceptions() {
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> PersonName.of(null)).getMessage())
                .startsWith("PersonName.value = null: is required");
        assertThat(catchThrowableOfType(ModelValidationException.class, () -> PersonName.of(" \u3000 ")).rule())
                .contains("must not be blank");
    }
}
