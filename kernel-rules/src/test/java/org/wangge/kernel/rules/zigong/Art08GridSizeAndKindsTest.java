package org.wangge.kernel.rules.zigong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.division.AdministrativeDivision;
import org.wangge.kernel.model.division.DivisionKind;
import org.wangge.kernel.model.grid.DedicatedPlaceKind;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * ZG-08-01: a community grid generally holds 300–500 households or about 1000 residents (Art. 8 ¶1).
 * ZG-08-02: a village grid lies in exactly one administrative village; every village is covered (Art. 8 ¶1).
 * ZG-08-03: a dedicated grid is a listed kind of place in a community, organised by its township/street and carried
 * out by its own unit (Art. 8 ¶2).
 */
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
        assertThat(f.messageEn()).contains("has 260 resident households and 700 residents: households outside 300–500 and residents outside 800–1200")
                .contains("Art. 8 ¶1");
        assertThat(f.messageZh()).contains("社区网格G-COMM-1常住居民260户、700人，户数不在300户至500户之间，人数也不在800人至1200人之间").contains("第八条第一款").contains("300 户至 500 户");
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

    // ---------------------------------------------------------------- ZG-08-02

    static final String OTHER_VILLAGE = "510321100202";

    static Grid villageGrid(String... divisionCodes) {
        return new Grid(CompliantCity.VILLAGE_GRID, GridCode.of(CompliantCity.VILLAGE_CODE + "001"), "双石村网格", GridKind.VILLAGE, null,
                Set.of(divisionCodes), 260, 700, "双石村全域", CompliantCity.RONG_AGENCY, null, null, null, GridStatus.ACTIVE,
                LocalDate.of(2024, 2, 1), null);
    }

    static AdministrativeDivision village(String code) {
        return new AdministrativeDivision(code, "石门村", DivisionKind.VILLAGE, CompliantCity.TOWNSHIP_CODE);
    }

    @Test
    void ZG_08_02_the_compliant_citys_village_grid_lies_in_its_one_village_and_covers_it() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-08-02")).isEmpty();
    }

    @Test
    void ZG_08_02_a_village_grid_spanning_two_villages_breaches() {
        List<Finding> findings = findings(CompliantCity.with(village(OTHER_VILLAGE),
                villageGrid(CompliantCity.VILLAGE_CODE, OTHER_VILLAGE)), "ZG-08-02");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo(CompliantCity.VILLAGE_GRID);
            assertThat(f.subject().kind()).isEqualTo("Grid");
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.evidence()).containsEntry("divisionCodes", CompliantCity.VILLAGE_CODE + "," + OTHER_VILLAGE);
            assertThat(f.messageZh()).contains("村网格G-VILL-1跨2个区划（510321100201、510321100202），未以一个行政村划分").contains("第八条第一款").doesNotContain("{");
            assertThat(f.messageEn()).contains("Village grid G-VILL-1 spans 2 divisions (510321100201, 510321100202), not one administrative village").doesNotContain("{");
        });
    }

    @Test
    void ZG_08_02_a_village_grid_in_a_community_breaches_and_leaves_its_village_uncovered() {
        List<Finding> findings = findings(CompliantCity.with(villageGrid(CompliantCity.COMMUNITY_CODE)), "ZG-08-02");
        assertThat(findings).hasSize(2);
        assertThat(findings).filteredOn(f -> f.subject().kind().equals("Grid")).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("division", CompliantCity.COMMUNITY_CODE).containsEntry("divisionKind", "COMMUNITY");
            assertThat(f.messageEn()).contains("lies in division 510302001001 (檀木林社区), not an administrative village but a division of kind: community");
        });
        assertThat(findings).filteredOn(f -> f.subject().kind().equals("AdministrativeDivision")).singleElement()
                .satisfies(f -> assertThat(f.subject().id()).isEqualTo(CompliantCity.VILLAGE_CODE));
    }

    @Test
    void ZG_08_02_a_village_grid_in_a_township_breaches() {
        List<Finding> findings = findings(CompliantCity.with(villageGrid(CompliantCity.TOWNSHIP_CODE)), "ZG-08-02");
        assertThat(findings).filteredOn(f -> f.subject().kind().equals("Grid")).singleElement()
                .satisfies(f -> assertThat(f.messageZh()).contains("为乡镇，不是行政村"));
    }

    @Test
    void ZG_08_02_a_village_grid_whose_unknown_division_code_is_township_level_breaches() {
        List<Finding> findings = findings(CompliantCity.with(villageGrid("510321200000")), "ZG-08-02");
        assertThat(findings).filteredOn(f -> f.subject().kind().equals("Grid")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("division", "510321200000"));
    }

    @Test
    void ZG_08_02_a_village_grid_whose_unknown_division_code_is_village_level_is_not_judged_by_kind() {
        List<Finding> findings = findings(CompliantCity.with(villageGrid("510321100299")), "ZG-08-02");
        assertThat(findings).filteredOn(f -> f.subject().kind().equals("Grid")).isEmpty();
    }

    @Test
    void ZG_08_02_an_administrative_village_without_a_grid_breaches() {
        List<Finding> findings = findings(CompliantCity.with(village(OTHER_VILLAGE)), "ZG-08-02");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().kind()).isEqualTo("AdministrativeDivision");
            assertThat(f.subject().id()).isEqualTo(OTHER_VILLAGE);
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.occurredOn()).isEqualTo(CompliantCity.AS_OF);
            assertThat(f.messageZh()).contains("（区划代码510321100202）截至2025年6月30日没有在用的网格").doesNotContain("{");
            assertThat(f.messageEn()).contains("(510321100202) has no active grid as of 30 June 2025").doesNotContain("{");
        });
    }

    @Test
    void ZG_08_02_a_village_covered_only_by_a_grid_retired_the_day_before_breaches_and_on_its_last_day_does_not() {
        Grid retired = new Grid(CompliantCity.VILLAGE_GRID, GridCode.of(CompliantCity.VILLAGE_CODE + "001"), "双石村网格", GridKind.VILLAGE,
                null, Set.of(CompliantCity.VILLAGE_CODE), 260, 700, "双石村全域", CompliantCity.RONG_AGENCY, null, null, null,
                GridStatus.RETIRED, LocalDate.of(2024, 2, 1), LocalDate.of(2025, 6, 29));
        assertThat(findings(CompliantCity.with(retired), "ZG-08-02")).extracting(f -> f.subject().id())
                .containsExactly(CompliantCity.VILLAGE_CODE);
        Grid lastDay = new Grid(CompliantCity.VILLAGE_GRID, GridCode.of(CompliantCity.VILLAGE_CODE + "001"), "双石村网格", GridKind.VILLAGE,
                null, Set.of(CompliantCity.VILLAGE_CODE), 260, 700, "双石村全域", CompliantCity.RONG_AGENCY, null, null, null,
                GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), LocalDate.of(2025, 6, 30));
        assertThat(findings(CompliantCity.with(lastDay), "ZG-08-02")).isEmpty();
    }

    @Test
    void ZG_08_02_a_village_outside_the_jurisdiction_is_not_checked() {
        AdministrativeDivision elsewhere = new AdministrativeDivision("510104001001", "外地村", DivisionKind.VILLAGE, "510104001000");
        assertThat(findings(CompliantCity.with(elsewhere), "ZG-08-02")).isEmpty();
    }

    // ---------------------------------------------------------------- ZG-08-03

    static Grid dedicatedGrid(DedicatedPlaceKind place, String division, String organiser, String implementingUnit) {
        return new Grid(CompliantCity.DEDICATED_GRID, GridCode.of(CompliantCity.COMMUNITY_CODE + "002"), "某医院专属网格", GridKind.DEDICATED,
                place, Set.of(division), 0, 0, "医院院区", CompliantCity.ZLJ_AGENCY, null, organiser, implementingUnit,
                GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null);
    }

    static Grid dedicatedGrid(DedicatedPlaceKind place, String organiser, String implementingUnit) {
        return dedicatedGrid(place, CompliantCity.COMMUNITY_CODE, organiser, implementingUnit);
    }

    @Test
    void ZG_08_03_the_compliant_citys_hospital_grid_is_a_dedicated_grid_as_the_article_describes() {
        assertThat(findings(CompliantCity.snapshot(), "ZG-08-03")).isEmpty();
    }

    @Test
    void ZG_08_03_a_dedicated_grid_of_an_unlisted_kind_of_place_breaches() {
        List<Finding> findings = findings(CompliantCity.with(dedicatedGrid(DedicatedPlaceKind.OTHER, CompliantCity.STREET_OFFICE,
                CompliantCity.HOSPITAL)), "ZG-08-03");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo(CompliantCity.DEDICATED_GRID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.evidence()).containsEntry("placeKind", "OTHER");
            assertThat(f.messageZh()).contains("专属网格G-DED-1的场所类型为其他场所，不属于较大商务楼宇").contains("可根据实际划分为专属网格”").contains("第八条第二款").doesNotContain("{");
            assertThat(f.messageEn()).contains("Dedicated grid G-DED-1 is a place of kind other place, none of the listed kinds")
                    .contains("Art. 8 ¶2").doesNotContain("{");
        });
    }

    @Test
    void ZG_08_03_each_listed_kind_of_place_complies() {
        for (DedicatedPlaceKind kind : DedicatedPlaceKind.values()) {
            if (kind.isListed()) {
                assertThat(findings(CompliantCity.with(dedicatedGrid(kind, CompliantCity.STREET_OFFICE, CompliantCity.HOSPITAL)),
                        "ZG-08-03")).as(kind.name()).isEmpty();
            }
        }
    }

    @Test
    void ZG_08_03_a_dedicated_grid_in_a_village_breaches_only_for_not_lying_in_a_community() {
        List<Finding> findings = findings(CompliantCity.with(dedicatedGrid(DedicatedPlaceKind.SCHOOL, CompliantCity.VILLAGE_CODE,
                CompliantCity.TOWNSHIP_GOV, CompliantCity.HOSPITAL)), "ZG-08-03");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("division", CompliantCity.VILLAGE_CODE).containsEntry("divisionKind", "VILLAGE");
            assertThat(f.messageEn()).contains("lies in division 510321100201 (双石村), not in a community but in a division of kind: administrative village");
        });
    }

    @Test
    void ZG_08_03_a_dedicated_grid_without_an_organiser_breaches() {
        List<Finding> findings = findings(CompliantCity.with(dedicatedGrid(DedicatedPlaceKind.HOSPITAL, null, CompliantCity.HOSPITAL)),
                "ZG-08-03");
        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.messageEn()).contains("records no township government or street office that organises it"));
    }

    @Test
    void ZG_08_03_a_dedicated_grid_organised_by_the_county_agency_breaches() {
        List<Finding> findings = findings(CompliantCity.with(dedicatedGrid(DedicatedPlaceKind.HOSPITAL, CompliantCity.ZLJ_AGENCY,
                CompliantCity.HOSPITAL)), "ZG-08-03");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("organiser", CompliantCity.ZLJ_AGENCY);
            assertThat(f.messageEn()).contains("is organised by 自流井区网格化服务管理中心 (ORG-ZLJ-AGENCY), not a township government or street office but a body of kind: grid agency");
        });
    }

    @Test
    void ZG_08_03_a_dedicated_grid_organised_by_an_organisation_not_in_the_snapshot_breaches() {
        List<Finding> findings = findings(CompliantCity.with(dedicatedGrid(DedicatedPlaceKind.HOSPITAL, "ORG-NOWHERE",
                CompliantCity.HOSPITAL)), "ZG-08-03");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("organiser", "ORG-NOWHERE"));
    }

    @Test
    void ZG_08_03_a_dedicated_grid_organised_by_the_township_of_another_area_breaches() {
        List<Finding> findings = findings(CompliantCity.with(dedicatedGrid(DedicatedPlaceKind.HOSPITAL, CompliantCity.TOWNSHIP_GOV,
                CompliantCity.HOSPITAL)), "ZG-08-03");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("organiser", CompliantCity.TOWNSHIP_GOV).containsEntry("division", CompliantCity.COMMUNITY_CODE);
            assertThat(f.messageZh()).contains("但网格所在区划510302001001不在其辖区（510321100000）内");
        });
    }

    @Test
    void ZG_08_03_a_dedicated_grid_without_an_implementing_unit_breaches() {
        List<Finding> findings = findings(CompliantCity.with(dedicatedGrid(DedicatedPlaceKind.HOSPITAL, CompliantCity.STREET_OFFICE, " ")),
                "ZG-08-03");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("implementingUnit", "—"));
    }

    @Test
    void ZG_08_03_several_failures_of_one_grid_give_one_finding_per_reason() {
        List<Finding> findings = findings(CompliantCity.with(dedicatedGrid(DedicatedPlaceKind.OTHER, null, null)), "ZG-08-03");
        assertThat(findings).hasSize(3).allSatisfy(f -> assertThat(f.subject().id()).isEqualTo(CompliantCity.DEDICATED_GRID));
        assertThat(findings).extracting(Finding::messageEn).doesNotHaveDuplicates();
        // the "may" clause (kind of place) is a warning; who organises and carries it out is a "shall": violations
        assertThat(findings).extracting(Finding::severity).containsExactlyInAnyOrder(Severity.WARNING, Severity.VIOLATION, Severity.VIOLATION);
    }

    @Test
    void ZG_08_03_a_place_of_a_listed_kind_in_a_community_gives_no_warning() {
        assertThat(findings(CompliantCity.with(dedicatedGrid(DedicatedPlaceKind.SCHOOL, CompliantCity.STREET_OFFICE, CompliantCity.HOSPITAL)),
                "ZG-08-03")).isEmpty();
    }
}
