package org.wangge.kernel.model.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.identity.GridCode;

/**
 * Bad input to the grid aggregate: {@link Grid}, {@link GridChange}, {@link Filing}, {@link StarRating},
 * {@link GridIndicators}.
 */
class GridRecordsTest {

    private static final String COMMUNITY = "510302001001";
    private static final GridCode CODE = GridCode.of(COMMUNITY + "001");
    private static final LocalDate FROM = LocalDate.of(2024, 2, 1);

    private static ModelValidationException refused(Executable build, String field) {
        ModelValidationException e = assertThrows(ModelValidationException.class, build);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isNotBlank();
        assertThat(e.getMessage()).startsWith(field + " = ").contains(e.shownValue()).contains(e.rule());
        return e;
    }

    private static Grid grid(GridKind kind, DedicatedPlaceKind place, Set<String> divisions, int households,
            int residents, LocalDate from, LocalDate to) {
        return new Grid("G-1", CODE, "檀木林社区第一网格", kind, place, divisions, households, residents, "檀木林街1-30号",
                "ORG-ZLJ-AGENCY", null, null, null, GridStatus.ACTIVE, from, to);
    }

    private static Grid community(int households, int residents) {
        return grid(GridKind.COMMUNITY, null, Set.of(COMMUNITY), households, residents, FROM, null);
    }

    // ---- Grid ----

    @Test
    void valid_grids_of_every_kind_build() {
        assertThat(community(400, 1000).households()).isEqualTo(400);
        assertThat(grid(GridKind.VILLAGE, null, Set.of("510321100201"), 260, 700, FROM, FROM.plusYears(1)).validTo())
                .isEqualTo(FROM.plusYears(1));
        assertThat(grid(GridKind.DEDICATED, DedicatedPlaceKind.HOSPITAL, Set.of(COMMUNITY), 0, 0, FROM, FROM).placeKind())
                .isEqualTo(DedicatedPlaceKind.HOSPITAL);
    }

    @Test
    void a_grid_with_negative_households_is_refused_naming_the_field() {
        ModelValidationException e = refused(() -> community(-1, 1000), "Grid.households");
        assertThat(e.shownValue()).isEqualTo("-1");
        assertThat(e.rule()).isEqualTo("must be zero or more");
        assertThat(e.getMessage()).isEqualTo("Grid.households = -1: must be zero or more");
    }

    @Test
    void a_grid_with_negative_residents_is_refused_naming_the_field() {
        assertThat(refused(() -> community(400, -5), "Grid.residents").shownValue()).isEqualTo("-5");
    }

    @Test
    void a_dedicated_grid_without_place_kind_is_refused_naming_the_field() {
        ModelValidationException e = refused(
                () -> grid(GridKind.DEDICATED, null, Set.of(COMMUNITY), 0, 0, FROM, null), "Grid.placeKind");
        assertThat(e.shownValue()).isEqualTo("null");
        assertThat(e.rule()).contains("dedicated grid G-1").contains("Art. 8");
    }

    @Test
    void a_community_grid_with_a_place_kind_is_refused_naming_the_value() {
        ModelValidationException e = refused(
                () -> grid(GridKind.COMMUNITY, DedicatedPlaceKind.SCHOOL, Set.of(COMMUNITY), 400, 1000, FROM, null),
                "Grid.placeKind");
        assertThat(e.shownValue()).isEqualTo("SCHOOL");
        assertThat(e.rule()).contains("only a DEDICATED grid");
    }

    @Test
    void a_grid_ending_before_it_starts_is_refused_naming_the_end() {
        ModelValidationException e = refused(
                () -> grid(GridKind.COMMUNITY, null, Set.of(COMMUNITY), 400, 1000, FROM, FROM.minusDays(1)), "Grid.validTo");
        assertThat(e.shownValue()).isEqualTo("2024-01-31");
        assertThat(e.rule()).contains("must not be before Grid.validFrom (2024-02-01)");
    }

    @Test
    void a_grid_without_a_start_is_refused() {
        refused(() -> grid(GridKind.COMMUNITY, null, Set.of(COMMUNITY), 400, 1000, null, null), "Grid.validFrom");
    }

    @Test
    void a_grid_in_no_division_is_refused() {
        ModelValidationException e = refused(
                () -> grid(GridKind.COMMUNITY, null, Set.of(), 400, 1000, FROM, null), "Grid.divisionCodes");
        assertThat(e.shownValue()).isEqualTo("[]");
        refused(() -> grid(GridKind.COMMUNITY, null, null, 400, 1000, FROM, null), "Grid.divisionCodes");
    }

    @Test
    void a_grid_whose_divisions_contain_null_is_refused() {
        Set<String> withNull = new HashSet<>(Arrays.asList(COMMUNITY, null));
        ModelValidationException e = refused(
                () -> grid(GridKind.COMMUNITY, null, withNull, 400, 1000, FROM, null), "Grid.divisionCodes");
        assertThat(e.rule()).contains("null elements");
    }

    @Test
    void a_grid_missing_a_required_field_is_refused_naming_it() {
        refused(() -> new Grid(" ", CODE, "n", GridKind.COMMUNITY, null, Set.of(COMMUNITY), 1, 1, null, "O", null, null,
                null, GridStatus.ACTIVE, FROM, null), "Grid.id");
        refused(() -> new Grid("G", null, "n", GridKind.COMMUNITY, null, Set.of(COMMUNITY), 1, 1, null, "O", null, null,
                null, GridStatus.ACTIVE, FROM, null), "Grid.code");
        refused(() -> new Grid("G", CODE, "", GridKind.COMMUNITY, null, Set.of(COMMUNITY), 1, 1, null, "O", null, null,
                null, GridStatus.ACTIVE, FROM, null), "Grid.name");
        refused(() -> new Grid("G", CODE, "n", null, null, Set.of(COMMUNITY), 1, 1, null, "O", null, null,
                null, GridStatus.ACTIVE, FROM, null), "Grid.kind");
        refused(() -> new Grid("G", CODE, "n", GridKind.COMMUNITY, null, Set.of(COMMUNITY), 1, 1, null, null, null, null,
                null, GridStatus.ACTIVE, FROM, null), "Grid.dividedById");
        refused(() -> new Grid("G", CODE, "n", GridKind.COMMUNITY, null, Set.of(COMMUNITY), 1, 1, null, "O", null, null,
                null, null, FROM, null), "Grid.status");
    }

    @Test
    void a_grid_copies_its_divisions_and_refuses_changes_to_them() {
        Set<String> source = new HashSet<>(Set.of(COMMUNITY));
        Grid grid = grid(GridKind.COMMUNITY, null, source, 400, 1000, FROM, null);
        source.add("510302001002");
        assertThat(grid.divisionCodes()).containsExactly(COMMUNITY);
        assertThatThrownBy(() -> grid.divisionCodes().add("510302001003")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_grid_is_in_effect_only_when_not_planned_and_within_its_validity() {
        Grid g = grid(GridKind.COMMUNITY, null, Set.of(COMMUNITY), 400, 1000, FROM, FROM.plusDays(10));
        assertThat(g.isInEffectOn(FROM)).isTrue();
        assertThat(g.isInEffectOn(FROM.plusDays(11))).isFalse();
        assertThat(g.isInEffectOn(FROM.minusDays(1))).isFalse();
    }

    @Test
    void only_the_other_place_kind_is_unlisted() {
        assertThat(DedicatedPlaceKind.OTHER.isListed()).isFalse();
        assertThat(DedicatedPlaceKind.PARK.isListed()).isTrue();
    }

    // ---- GridChange ----

    @Test
    void a_valid_grid_change_builds() {
        GridChange c = new GridChange("C-1", GridChangeKind.CODE_CHANGE, Set.of("G-1"), "ORG-ZLJ-AGENCY", FROM,
                "510302001001001", "510302001001002", "重新编码");
        assertThat(c.newCode()).isEqualTo("510302001001002");
    }

    @Test
    void a_grid_change_naming_no_grid_is_refused_naming_the_field() {
        ModelValidationException e = refused(() -> new GridChange("C-1", GridChangeKind.DIVISION, Set.of(), "O", FROM,
                null, null, null), "GridChange.gridIds");
        assertThat(e.shownValue()).isEqualTo("[]");
        assertThat(e.rule()).contains("C-1").contains("at least one grid");
    }

    @Test
    void a_code_change_without_the_new_code_is_refused_naming_the_field() {
        ModelValidationException e = refused(() -> new GridChange("C-2", GridChangeKind.CODE_CHANGE, Set.of("G-1"), "O",
                FROM, "510302001001001", " ", null), "GridChange.newCode");
        assertThat(e.rule()).contains("code change C-2").contains("new code");
        refused(() -> new GridChange("C-2", GridChangeKind.CODE_CHANGE, Set.of("G-1"), "O", FROM, null, null, null),
                "GridChange.newCode");
    }

    @Test
    void a_grid_change_missing_a_required_field_is_refused_naming_it() {
        refused(() -> new GridChange("", GridChangeKind.DIVISION, Set.of("G"), "O", FROM, null, null, null), "GridChange.id");
        refused(() -> new GridChange("C", null, Set.of("G"), "O", FROM, null, null, null), "GridChange.kind");
        refused(() -> new GridChange("C", GridChangeKind.DIVISION, Set.of("G"), " ", FROM, null, null, null),
                "GridChange.madeById");
        refused(() -> new GridChange("C", GridChangeKind.DIVISION, Set.of("G"), "O", null, null, null, null),
                "GridChange.effectiveDate");
    }

    @Test
    void a_grid_change_copies_its_grids() {
        Set<String> source = new HashSet<>(Set.of("G-1"));
        GridChange c = new GridChange("C", GridChangeKind.ADJUSTMENT, source, "O", FROM, null, null, null);
        source.clear();
        assertThat(c.gridIds()).containsExactly("G-1");
        assertThatThrownBy(() -> c.gridIds().remove("G-1")).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- Filing ----

    @Test
    void a_filing_missing_a_required_field_is_refused_naming_it() {
        assertThat(new Filing("F-1", "C-1", "ORG-CITY-AGENCY", FROM, null).reference()).isNull();
        refused(() -> new Filing(null, "C-1", "A", FROM, null), "Filing.id");
        refused(() -> new Filing("F", " ", "A", FROM, null), "Filing.gridChangeId");
        refused(() -> new Filing("F", "C", "", FROM, null), "Filing.filedWithId");
        refused(() -> new Filing("F", "C", "A", null, null), "Filing.filedOn");
    }

    // ---- StarRating ----

    @Test
    void a_star_rating_outside_one_to_five_is_refused_naming_the_value() {
        assertThat(new StarRating("SR", "G-1", FROM, FROM.plusYears(1), 5, "A").covers(FROM)).isTrue();
        ModelValidationException zero = refused(() -> new StarRating("SR", "G-1", FROM, FROM, 0, "A"), "StarRating.stars");
        assertThat(zero.shownValue()).isEqualTo("0");
        assertThat(zero.rule()).isEqualTo("must be 1 to 5");
        assertThat(refused(() -> new StarRating("SR", "G-1", FROM, FROM, 6, "A"), "StarRating.stars").shownValue())
                .isEqualTo("6");
    }

    @Test
    void a_star_rating_period_ending_before_it_starts_or_open_is_refused() {
        ModelValidationException e = refused(() -> new StarRating("SR", "G-1", FROM, FROM.minusDays(1), 3, "A"),
                "StarRating.periodEnd");
        assertThat(e.rule()).contains("StarRating.periodStart");
        refused(() -> new StarRating("SR", "G-1", FROM, null, 3, "A"), "StarRating.periodEnd");
        refused(() -> new StarRating("SR", "G-1", null, FROM, 3, "A"), "StarRating.periodStart");
        refused(() -> new StarRating("SR", " ", FROM, FROM, 3, "A"), "StarRating.gridId");
        refused(() -> new StarRating("SR", "G", FROM, FROM, 3, null), "StarRating.ratedById");
    }

    // ---- GridIndicators ----

    @Test
    void grid_indicators_outside_percentage_range_are_refused_naming_the_field() {
        assertThat(new GridIndicators("G-1", FROM, FROM.plusMonths(1), 100, 0, 0, 0).onTimeRatePercent()).isEqualTo(100);
        ModelValidationException e = refused(() -> new GridIndicators("G-1", FROM, FROM, 101, 90, 1, 0),
                "GridIndicators.onTimeRatePercent");
        assertThat(e.shownValue()).isEqualTo("101");
        assertThat(e.rule()).contains("percentage 0–100");
        refused(() -> new GridIndicators("G-1", FROM, FROM, 90, -1, 1, 0), "GridIndicators.satisfactionPercent");
    }

    @Test
    void grid_indicators_with_negative_counts_or_a_reversed_period_are_refused() {
        refused(() -> new GridIndicators("G-1", FROM, FROM, 90, 90, -1, 0), "GridIndicators.casesHandled");
        refused(() -> new GridIndicators("G-1", FROM, FROM, 90, 90, 1, -2), "GridIndicators.substantiatedComplaints");
        refused(() -> new GridIndicators("G-1", FROM, FROM.minusDays(1), 90, 90, 1, 0), "GridIndicators.periodEnd");
        refused(() -> new GridIndicators("G-1", FROM, null, 90, 90, 1, 0), "GridIndicators.periodEnd");
        refused(() -> new GridIndicators("", FROM, FROM, 90, 90, 1, 0), "GridIndicators.gridId");
    }
}
