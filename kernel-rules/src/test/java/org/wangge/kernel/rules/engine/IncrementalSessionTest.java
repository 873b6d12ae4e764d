package org.wangge.kernel.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridKind;
import org.wangge.kernel.model.grid.GridStatus;
import org.wangge.kernel.model.identity.GridCode;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.FindingChanges;
import org.wangge.kernel.rules.IncrementalSession;
import org.wangge.kernel.rules.RuleEngine;

/** A stateful session reports which findings appeared and disappeared since the last call. */
class IncrementalSessionTest {

    private static final RuleEngine ENGINE = RuleEngine.zigong();

    private static Grid grid(int households) {
        return grid(households, CompliantCity.COMMUNITY_CODE);
    }

    private static Grid grid(int households, String divisionCode) {
        return new Grid(CompliantCity.COMMUNITY_GRID, GridCode.of(CompliantCity.COMMUNITY_CODE + "001"), "檀木林社区第一网格",
                GridKind.COMMUNITY, null, Set.of(divisionCode), households, 700, "檀木林街",
                CompliantCity.ZLJ_AGENCY, null, null, null, GridStatus.ACTIVE, LocalDate.of(2024, 2, 1), null);
    }

    private static Set<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.constraintId() + " " + f.subject().kind() + " " + f.subject().id())
                .collect(Collectors.toSet());
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

    /**
     * A change of scope (Art. 2) changes findings whose own facts did not change: when the grid moves out of Zigong,
     * the breach on its case stays in working memory but must no longer be reported, and the case's notice appears.
     */
    @Test
    void moving_a_grid_out_of_scope_drops_the_findings_on_its_cases_for_the_notice_and_moving_it_back_restores_them() {
        Case k1 = CompliantCity.snapshot().cases().stream().filter(c -> c.id().equals(CompliantCity.CASE_ASSIGNED)).findFirst()
                .orElseThrow();
        Case outsideArticle9 = new Case(k1.id(), k1.source(), k1.matterId(), MatterCategory.OUTSIDE_ARTICLE_9, k1.safetyHazard(),
                k1.obstructionOfWorker(), k1.gridId(), k1.collectedById(), k1.timeline(), k1.assignedDepartmentId(), k1.handBacks(),
                k1.supervisions(), k1.closedAsResolved(), k1.verification(), k1.evidenceRefs(), k1.partyIds(), k1.summary());
        String onCase = " Case " + k1.id();
        Grid inChengdu = grid(400, "510104001001");
        try (IncrementalSession session = ENGINE.openSession(CompliantCity.snapshot(), CompliantCity.AS_OF)) {
            assertThat(keys(session.update(outsideArticle9).changes().appeared())).contains("ZG-09-01" + onCase); // and ZG-15-02: no row routes it

            FindingChanges out = session.update(inChengdu).changes();
            assertThat(keys(out.disappeared())).contains("ZG-09-01" + onCase);
            assertThat(keys(out.appeared())).contains("ZG-02-01" + onCase).doesNotContain("ZG-09-01" + onCase);
            assertThat(keys(session.report().findings()))
                    .isEqualTo(keys(ENGINE.check(CompliantCity.with(outsideArticle9, inChengdu), CompliantCity.AS_OF).findings()));

            FindingChanges back = session.update(grid(400)).changes();
            assertThat(keys(back.appeared())).contains("ZG-09-01" + onCase);
            assertThat(keys(back.disappeared())).contains("ZG-02-01" + onCase);
            assertThat(keys(session.report().findings()))
                    .isEqualTo(keys(ENGINE.check(CompliantCity.with(outsideArticle9), CompliantCity.AS_OF).findings()));
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
