package org.wangge.kernel.model.identity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.testdata.SyntheticIdentities;

class IdentifierConstraintsTest {

    record Resident(
            @ResidentId String idNumber,
            @SocialCreditCode String employer,
            @Gb2260Code String county,
            @StatisticalCode String community,
            @Mobile String mobile,
            @Landline String landline,
            @ValidGridCode String grid) {
    }

    record ZigongGrid(@NotNull @ValidGridCode(zigongOnly = true) String code) {
    }

    record Household(List<@ResidentId String> members) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static Resident valid() {
        Random random = new Random(42);
        return new Resident(
                SyntheticIdentities.residentIdNumber(random).unmasked(),
                SyntheticIdentities.socialCreditCode(random).value(),
                "510302",
                "510302001001",
                SyntheticIdentities.mobileNumber(random).unmasked(),
                SyntheticIdentities.landline(random).unmasked(),
                "510302001001001");
    }

    @Test
    void valid_identifiers_pass_every_constraint() {
        assertThat(validator.validate(valid())).isEmpty();
    }

    @Test
    void null_values_pass_every_constraint_so_that_not_null_decides() {
        assertThat(validator.validate(new Resident(null, null, null, null, null, null, null))).isEmpty();
        assertThat(validator.validate(new ZigongGrid(null))).hasSize(1);
    }

    @Test
    void each_invalid_identifier_is_reported_on_its_own_field() {
        Resident resident = valid();
        String idWithWrongCheck = resident.idNumber().substring(0, 17)
                + (resident.idNumber().charAt(17) == '0' ? '1' : '0');
        Resident invalid = new Resident(idWithWrongCheck, "91350100M000100Y44", "990302", "510302000000",
                "12812345678", "0833-99", "510302001000001");

        Set<ConstraintViolation<Resident>> violations = validator.validate(invalid);

        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("idNumber", "employer", "county", "community", "mobile", "landline", "grid");
    }

    @Test
    void violation_messages_name_the_rule_and_never_contain_the_personal_value() {
        Resident resident = valid();
        String idWithWrongCheck = resident.idNumber().substring(0, 17)
                + (resident.idNumber().charAt(17) == '0' ? '1' : '0');
        Resident invalid = new Resident(idWithWrongCheck, null, null, null, "12812345678", "0833-99", null);

        Set<ConstraintViolation<Resident>> violations = validator.validate(invalid);

        assertThat(violations).hasSize(3);
        assertThat(violations).extracting(ConstraintViolation::getMessage)
                .allSatisfy(message -> assertThat(message)
                        .doesNotContain(idWithWrongCheck)
                        .doesNotContain("12812345678")
                        .doesNotContain("0833-99"))
                .anySatisfy(message -> assertThat(message).contains("公民身份号码").contains("GB 11643-1999"))
                .anySatisfy(message -> assertThat(message).contains("手机号码"))
                .anySatisfy(message -> assertThat(message).contains("固定电话"));
    }

    @Test
    void a_lowercase_x_and_a_plus_86_prefix_are_valid() {
        Resident resident = new Resident("11010519491231002x", null, null, null, "+86 138 0000 1234", "(0813)5550123", null);

        assertThat(validator.validate(resident)).isEmpty();
    }

    @Test
    void the_zigong_only_grid_constraint_refuses_other_counties() {
        assertThat(validator.validate(new ZigongGrid("510321100201012"))).isEmpty();
        assertThat(validator.validate(new ZigongGrid("110105001001001")))
                .singleElement()
                .satisfies(v -> assertThat(v.getMessage()).contains("zigong-default-v1"));
    }

    @Test
    void constraints_work_on_type_arguments() {
        Household household = new Household(List.of("11010519491231002X", "110105194912310021"));

        assertThat(validator.validate(household)).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("members[1].<list element>"));
    }
}
