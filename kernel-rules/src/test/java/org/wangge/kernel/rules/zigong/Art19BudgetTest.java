package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.model.testdata.CompliantCity.AS_OF;
import static org.wangge.kernel.model.testdata.CompliantCity.CITY_GOV;
import static org.wangge.kernel.model.testdata.CompliantCity.TOWNSHIP_GOV;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.budget.Budget;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/** ZG-19-01: every level of people's government puts grid funding into its budget (Art. 19). */
class Art19BudgetTest extends RuleTestSupport {

    @Test
    void ZG_19_01_a_township_government_without_a_budget_for_the_year_breaches_every_level_is_bound() {
        Finding f = findings(CompliantCity.without(o -> o instanceof Budget b && b.id().equals("B-" + TOWNSHIP_GOV + "-2025")), "ZG-19-01")
                .get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("Organisation");
        assertThat(f.subject().id()).isEqualTo(TOWNSHIP_GOV);
        assertThat(f.occurredOn()).isEqualTo(AS_OF);
        assertThat(f.evidence()).containsEntry("government", TOWNSHIP_GOV).containsEntry("year", "2025").containsEntry("funding", "none");
        assertThat(f.messageZh()).contains("人民政府 ORG-RONG-TOWN-1（旭阳镇人民政府）2025 年度预算未列入网格化服务管理经费（经费：none）")
                .contains("第十九条").doesNotContain("{");
        assertThat(f.messageEn()).contains("the 2025 budget includes no grid funding (funding: none)").doesNotContain("{");
        assertThat(f.ruleFile()).isEqualTo("art19-budget.drl");
    }

    @Test
    void ZG_19_01_a_budget_with_zero_grid_funding_breaches() {
        Finding f = findings(CompliantCity.with(new Budget("B-" + CITY_GOV + "-2025", CITY_GOV, 2025, BigDecimal.ZERO)), "ZG-19-01").get(0);
        assertThat(f.subject().id()).isEqualTo(CITY_GOV);
        assertThat(f.evidence()).containsEntry("funding", "0");
    }

    @Test
    void ZG_19_01_the_smallest_positive_funding_complies() {
        assertThat(findings(CompliantCity.with(new Budget("B-" + CITY_GOV + "-2025", CITY_GOV, 2025, new BigDecimal("0.01"))), "ZG-19-01"))
                .isEmpty();
    }

    @Test
    void ZG_19_01_the_budget_is_that_of_the_check_dates_year() {
        var s = CompliantCity.without(o -> o instanceof Budget b && b.year() == 2025);
        assertThat(check(s, LocalDate.of(2024, 12, 31)).findings("ZG-19-01")).isEmpty();
        assertThat(check(s, LocalDate.of(2025, 1, 1)).findings("ZG-19-01")).hasSize(4);
    }

    @Test
    void ZG_19_01_a_street_office_is_not_a_peoples_government_and_needs_no_budget() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-19-01")).isEmpty(); // the street office has none
    }
}
