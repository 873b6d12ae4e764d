package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/** ZG-08-01: a community grid generally holds 300–500 households or about 1000 residents (Art. 8 ¶1). */
class Art08GridSizeAndKindsTest extends RuleTestSupport {

    static Grid communityGrid(int households, int residents) {
        return new Grid(CompliantCity.COMMUNITY_GRID, GridCode.of(CompliantCity.COMMUNITY_CODE + "001"), "檀木林社区第一网格",
                GridKind.COMMUNITY, null, Set.of(CompliantCity.COMMUNITY_CODE), households, residents, "檀木林街1-30号",
                CompliantCity.ZLJ_AGENCY, null, null, null, GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null);
    }

    @ParameterizedTest(name = "{0} households and {1} residents: finding = {2}")
    @CsvSource({
            "299, 700, true",    // below 300 households, residents below 800
            "300, 700, false",   // lower household bound holds
            "500, 700, false",   // upper household bound holds
            "501, 700, true",    // above 500 households, residents below 800
            "501, 1300, true",   // above both
            "260, 800, false",   // 800 residents is about 1000 (−20 %)
            "260, 799, true",    // 799 is not
            "600, 1200, false",  // 1200 is about 1000 (+20 %)
            "600, 1201, true"})  // 1201 is not
    void ZG_08_01_a_community_grid_complies_when_households_or_residents_are_within_their_band(int households, int residents, boolean fires) {
        List<Finding> findings = findings(CompliantCity.with(communityGrid(households, residents)), "ZG-08-01");
        assertThat(findings).hasSize(fires ? 1 : 0);
    }

    @Test
    void ZG_08_01_finding_is_a_warning_that_quotes_the_article_and_shows_the_evidence() {
        Finding f = findings(CompliantCity.with(communityGrid(260, 700)), "ZG-08-01").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject().id()).isEqualTo(CompliantCity.COMMUNITY_GRID);
        assertThat(f.evidence()).containsEntry("households", "260").containsEntry("residents", "700")
                .containsEntry("householdsMin", "300").containsEntry("residentsMax", "1200");
        assertThat(f.messageEn()).contains("households 260 outside 300–500").contains("residents 700 outside 800–1200")
                .contains("Art. 8 ¶1");
        assertThat(f.messageZh()).contains("户数 260").contains("第八条第一款").contains("300 户至 500 户");
        assertThat(f.ruleFile()).isEqualTo("art08-grid-size-and-kinds.drl");
    }

    @Test
    void ZG_08_01_does_not_apply_to_village_grids() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-08-01")).isEmpty(); // the village grid has 260 households, 700 residents
    }

    @Test
    void ZG_08_01_gives_no_finding_before_the_measures_are_in_force() {
        assertThat(check(CompliantCity.with(communityGrid(260, 700)), LocalDate.of(2024, 1, 31)).findings("ZG-08-01")).isEmpty();
    }
}
