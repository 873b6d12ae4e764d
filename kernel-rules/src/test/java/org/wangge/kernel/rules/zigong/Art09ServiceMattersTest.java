package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wangge.kernel.rules.zigong.CaseFixtures.kase;
import static org.wangge.kernel.rules.zigong.CaseFixtures.timeline;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/** ZG-09-01: every case or task given to grid workers falls under one of the eight matters of Art. 9. */
class Art09ServiceMattersTest extends RuleTestSupport {

    static Case caseOf(MatterCategory category, String collected) {
        return kase(CompliantCity.CASE_ASSIGNED, category, CompliantCity.MATTER_OPINION, false, false,
                timeline(collected, collected, null, null, null, null), null, List.of());
    }

    @Test
    void ZG_09_01_a_case_outside_the_eight_matters_is_a_violation_dated_the_day_it_was_collected() {
        List<Finding> findings = findings(CompliantCity.with(caseOf(MatterCategory.OUTSIDE_ARTICLE_9, "2025-06-02T09:00")), "ZG-09-01");
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().kind()).isEqualTo("Case");
        assertThat(f.subject().id()).isEqualTo(CompliantCity.CASE_ASSIGNED);
        assertThat(f.occurredOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(f.evidence()).containsEntry("category", "OUTSIDE_ARTICLE_9");
        assertThat(f.messageZh()).contains(CompliantCity.CASE_ASSIGNED).contains("OUTSIDE_ARTICLE_9").contains("第九条").doesNotContain("{");
        assertThat(f.messageEn()).contains("Case " + CompliantCity.CASE_ASSIGNED).contains("category OUTSIDE_ARTICLE_9")
                .contains("Art. 9").doesNotContain("{");
        assertThat(f.ruleFile()).isEqualTo("art09-service-matters.drl");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MatterCategory.class, names = "OUTSIDE_ARTICLE_9", mode = EnumSource.Mode.EXCLUDE)
    void ZG_09_01_a_case_under_any_of_the_eight_items_is_compliant(MatterCategory category) {
        assertThat(findings(CompliantCity.with(caseOf(category, "2025-06-02T09:00")), "ZG-09-01")).isEmpty();
    }

    @Test
    void ZG_09_01_the_compliant_city_gives_no_finding() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-09-01")).isEmpty();
    }

    @Test
    void ZG_09_01_a_case_collected_the_day_before_the_measures_took_effect_gives_no_finding() {
        assertThat(findings(CompliantCity.with(caseOf(MatterCategory.OUTSIDE_ARTICLE_9, "2024-01-31T23:59")), "ZG-09-01")).isEmpty();
        assertThat(findings(CompliantCity.with(caseOf(MatterCategory.OUTSIDE_ARTICLE_9, "2024-02-01T00:00")), "ZG-09-01")).hasSize(1);
    }
}
