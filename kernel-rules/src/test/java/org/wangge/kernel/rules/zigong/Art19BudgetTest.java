package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.model.testdata.CompliantCity.AS_OF;
import static org.wangge.kernel.model.testdata.CompliantCity.CITY_GOV;
import static org.wangge.kernel.model.testdata.CompliantCity.TOWNSHIP_GOV;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.budget.Budget;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-19-01: every level of people's government (city, county, township) puts grid funding into its budget for each year,
 * judged once that year's budget is approved (Art. 19).
 */
class Art19BudgetTest extends RuleTestSupport {

    static CitySnapshot withoutBudget(String id, Object... changes) {
        return CompliantCity.without(o -> o instanceof Budget b && b.id().equals(id), changes);
    }

    @Test
    void ZG_19_01_an_approved_budget_with_zero_grid_funding_breaches_on_the_day_it_was_approved() {
        Finding f = findings(CompliantCity.with(new Budget("B-" + CITY_GOV + "-2025", CITY_GOV, 2025, BigDecimal.ZERO, LocalDate.of(2025, 2, 20))),
                "ZG-19-01").get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().kind()).isEqualTo("Organisation");
        assertThat(f.subject().id()).isEqualTo(CITY_GOV);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(f.evidence()).containsEntry("government", "自贡市人民政府").containsEntry("year", "2025");
        assertThat(f.messageZh()).startsWith("自贡市人民政府（ORG-CITY-GOV）2025年度预算（B-ORG-CITY-GOV-2025）经批准，未将网格化服务管理工作所需经费纳入")
                .contains("第十九条").doesNotContain("{");
        OfficialText.assertChinese(f, CITY_GOV, "B-ORG-CITY-GOV-2025");
        assertThat(f.messageEn()).contains("The approved 2025 budget (B-ORG-CITY-GOV-2025) of 自贡市人民政府 (ORG-CITY-GOV) includes no funding for grid work");
        assertThat(f.ruleFile()).isEqualTo("art19-budget.drl");
    }

    @Test
    void ZG_19_01_a_budget_is_judged_once_approved_not_before() {
        Budget zero = new Budget("B-" + CITY_GOV + "-2025", CITY_GOV, 2025, BigDecimal.ZERO, LocalDate.of(2025, 6, 30));
        assertThat(findings(CompliantCity.with(zero), "ZG-19-01")).hasSize(1); // approved on the check date
        Budget later = new Budget("B-" + CITY_GOV + "-2025", CITY_GOV, 2025, BigDecimal.ZERO, LocalDate.of(2025, 7, 1));
        assertThat(findings(CompliantCity.with(later), "ZG-19-01")).isEmpty();
    }

    @Test
    void ZG_19_01_a_budget_without_its_approval_day_is_taken_as_approved_on_the_first_day_of_its_year() {
        Finding f = findings(CompliantCity.with(new Budget("B-" + CITY_GOV + "-2025", CITY_GOV, 2025, BigDecimal.ZERO)), "ZG-19-01").get(0);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void ZG_19_01_the_smallest_positive_funding_complies() {
        assertThat(findings(CompliantCity.with(new Budget("B-" + CITY_GOV + "-2025", CITY_GOV, 2025, new BigDecimal("0.01"))), "ZG-19-01"))
                .isEmpty();
    }

    @Test
    void ZG_19_01_a_township_government_with_no_budget_for_an_ended_year_breaches_every_level_is_bound() {
        Finding f = findings(withoutBudget("B-" + TOWNSHIP_GOV + "-2024"), "ZG-19-01").get(0);
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.subject().id()).isEqualTo(TOWNSHIP_GOV);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(f.evidence()).containsEntry("year", "2024").containsEntry("government", "旭阳镇人民政府");
        assertThat(f.messageZh()).startsWith("旭阳镇人民政府（ORG-RONG-TOWN-1）2024年度已结束，无经批准并纳入网格化服务管理工作所需经费的预算记录")
                .doesNotContain("{");
        OfficialText.assertChinese(f, TOWNSHIP_GOV);
    }

    @Test
    void ZG_19_01_a_missing_budget_of_the_running_year_is_not_judged_before_the_year_ends() {
        CitySnapshot s = CompliantCity.without(o -> o instanceof Budget b && b.year() == 2025);
        assertThat(findings(s, "ZG-19-01")).isEmpty();
        assertThat(check(s, LocalDate.of(2025, 12, 31)).findings("ZG-19-01")).isEmpty();
        assertThat(check(s, LocalDate.of(2026, 1, 1)).findings("ZG-19-01")).hasSize(4);
    }

    @Test
    void ZG_19_01_a_budget_approved_before_the_measures_came_into_force_gives_no_finding() {
        Budget early = new Budget("B-" + CITY_GOV + "-2024", CITY_GOV, 2024, BigDecimal.ZERO, LocalDate.of(2024, 1, 31));
        assertThat(findings(CompliantCity.with(early), "ZG-19-01")).isEmpty();
        Budget onTheDay = new Budget("B-" + CITY_GOV + "-2024", CITY_GOV, 2024, BigDecimal.ZERO, LocalDate.of(2024, 2, 1));
        assertThat(findings(CompliantCity.with(onTheDay), "ZG-19-01")).hasSize(1);
    }

    @Test
    void ZG_19_01_years_before_2024_are_not_judged() {
        assertThat(findings(CompliantCity.with(new Budget("B-" + CITY_GOV + "-2023", CITY_GOV, 2023, BigDecimal.ZERO)), "ZG-19-01")).isEmpty();
    }

    @Test
    void ZG_19_01_a_street_office_is_not_a_peoples_government_and_needs_no_budget() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-19-01")).isEmpty(); // the street office has none
        assertThat(AS_OF.getYear()).isEqualTo(2025);
    }
}
