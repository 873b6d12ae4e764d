package org.wangge.kernel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.FindingChanges;
import org.wangge.kernel.rules.IncrementalSession;
import org.wangge.kernel.rules.RuleEngine;

/** A stateful session reports which findings appeared and disappeared since the last call. */
class IncrementalSessionTest {

    private static final RuleEngine ENGINE = RuleEngine.zigong();

    private static Grid grid(int households) {
        return new Grid(CompliantCity.COMMUNITY_GRID, GridCode.of(CompliantCity.COMMUNITY_CODE + "001"), "檀木林社区第一网格",
                GridKind.COMMUNITY, null, Set.of(CompliantCity.COMMUNITY_CODE), households, 700, "檀木林街",
                CompliantCity.ZLJ_AGENCY, null, null, null, GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null);
    }

    @Test
    void an_update_that_breaks_a_rule_makes_a_finding_appear_and_the_fix_makes_it_disappear() {
        try (IncrementalSession session = ENGINE.openSession(CompliantCity.snapshot(), CompliantCity.AS_OF)) {
            assertThat(session.changes().isEmpty()).isTrue();

            FindingChanges broken = session.update(grid(260)).changes();
            assertThat(broken.appeared()).extracting(f -> f.constraintId() + " " + f.subject().id())
                    .containsExactly("ZG-08-01 " + CompliantCity.COMMUNITY_GRID);
            assertThat(broken.disappeared()).isEmpty();

            FindingChanges same = session.update(grid(250)).changes();
            assertThat(same.appeared()).extracting(f -> f.evidence().get("households")).containsExactly("250");
            assertThat(same.disappeared()).extracting(f -> f.evidence().get("households")).containsExactly("260");

            FindingChanges fixed = session.update(grid(400)).changes();
            assertThat(fixed.appeared()).isEmpty();
            assertThat(fixed.disappeared()).extracting(f -> f.constraintId()).containsExactly("ZG-08-01");
            assertThat(session.report().findings("ZG-08-01")).isEmpty();
        }
    }

    @Test
    void inserting_and_removing_a_fact_is_reflected() {
        Grid extra = new Grid("G-EXTRA", GridCode.of(CompliantCity.COMMUNITY_CODE + "009"), "新网格", GridKind.COMMUNITY, null,
                Set.of(CompliantCity.COMMUNITY_CODE), 100, 100, "新区", CompliantCity.ZLJ_AGENCY, null, null, null,
                GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null);
        try (IncrementalSession session = ENGINE.openSession(CompliantCity.snapshot(), CompliantCity.AS_OF)) {
            FindingChanges added = session.insert(extra).changes();
            assertThat(added.appeared()).extracting(f -> f.subject().id()).contains("G-EXTRA");
            FindingChanges removed = session.remove(extra).changes();
            assertThat(removed.disappeared()).extracting(f -> f.subject().id()).contains("G-EXTRA");
            assertThat(removed.appeared()).isEmpty();
        }
    }

    @Test
    void removing_a_fact_the_session_does_not_hold_is_a_clear_error() {
        try (IncrementalSession session = ENGINE.openSession(CompliantCity.snapshot(), CompliantCity.AS_OF)) {
            Grid unknown = new Grid("G-NONE", GridCode.of(CompliantCity.COMMUNITY_CODE + "008"), "无", GridKind.COMMUNITY, null,
                    Set.of(CompliantCity.COMMUNITY_CODE), 400, 1000, "无", CompliantCity.ZLJ_AGENCY, null, null, null,
                    GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null);
            assertThatThrownBy(() -> session.remove(unknown)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Grid");
        }
    }
}
