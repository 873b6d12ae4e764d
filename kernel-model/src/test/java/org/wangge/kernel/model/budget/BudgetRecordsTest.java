package org.wangge.kernel.model.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;

/** Bad input to the budget aggregate: {@link Budget}. */
class BudgetRecordsTest {

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    @Test
    void a_valid_budget_builds_and_zero_funding_is_allowed() {
        assertThat(new Budget("B-1", "ORG-CITY-GOV", 2025, new BigDecimal("1000000")).year()).isEqualTo(2025);
        assertThat(new Budget("B-2", "ORG-CITY-GOV", 2024, BigDecimal.ZERO).gridFunding()).isEqualByComparingTo("0");
    }

    @Test
    void a_budget_with_negative_funding_is_refused_naming_the_field() {
        ModelValidationException e = refused(() -> new Budget("B", "G", 2025, new BigDecimal("-1")), "Budget.gridFunding");
        assertThat(e.shownValue()).isEqualTo("-1");
        assertThat(e.rule()).isEqualTo("must be zero or more");
    }

    @Test
    void a_budget_without_funding_is_refused_naming_the_field() {
        assertThat(refused(() -> new Budget("B", "G", 2025, null), "Budget.gridFunding").shownValue()).isEqualTo("null");
    }

    @Test
    void a_budget_year_that_is_not_a_calendar_year_is_refused_naming_the_value() {
        ModelValidationException e = refused(() -> new Budget("B", "G", 25, BigDecimal.ONE), "Budget.year");
        assertThat(e.shownValue()).isEqualTo("25");
        assertThat(e.rule()).contains("calendar year");
        refused(() -> new Budget("B", "G", 1999, BigDecimal.ONE), "Budget.year");
        refused(() -> new Budget("B", "G", 3000, BigDecimal.ONE), "Budget.year");
    }

    @Test
    void a_budget_without_id_or_government_is_refused_naming_the_field() {
        refused(() -> new Budget(" ", "G", 2025, BigDecimal.ONE), "Budget.id");
        refused(() -> new Budget("B", null, 2025, BigDecimal.ONE), "Budget.governmentId");
    }
}
