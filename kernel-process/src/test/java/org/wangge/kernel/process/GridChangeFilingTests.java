package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.grid.Filing;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.grid.GridChangeKind;
import org.wangge.kernel.model.snapshot.CitySnapshot;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.support.Fixtures;

/** Grid changes with filing (Art. 7): check, revise, file, reminder and grace period. */
abstract class GridChangeFilingTests extends OnDatabase {

    static final LocalDateTime MONDAY = LocalDateTime.of(2024, 11, 4, 9, 0);
    static final AtomicInteger IDS = new AtomicInteger();

    GridChangeFiling filing;

    @BeforeAll
    void openFacade() {
        filing = processes == null ? null : processes.gridChangeFiling();
    }

    String id() {
        return "GC-" + database() + "-" + IDS.incrementAndGet();
    }

    static GridChange adjustment(String id) {
        return new GridChange(id, GridChangeKind.ADJUSTMENT, Set.of(CompliantCity.COMMUNITY_GRID), CompliantCity.ZLJ_AGENCY,
                MONDAY.toLocalDate(), null, null, "boundary moved to the river");
    }

    static Grid communityGrid() {
        return CompliantCity.snapshot().grids().stream().filter(g -> g.id().equals(CompliantCity.COMMUNITY_GRID)).findFirst().orElseThrow();
    }

    /** The community grid divided by an organisation the city does not hold (ZG-07-01). */
    static CitySnapshot dividedByNobody() {
        Grid g = communityGrid();
        return CompliantCity.with(new Grid(g.id(), g.code(), g.name(), g.kind(), g.placeKind(), g.divisionCodes(), g.households(),
                g.residents(), g.areaDescription(), "ORG-NOWHERE", g.legalBasis(), g.organiserId(), g.implementingUnitId(), g.status(),
                g.validFrom(), g.validTo()));
    }

    @Test
    void a_change_whose_grids_pass_the_rules_is_filed_with_the_city_agency() {
        Fixtures.clock(processes, MONDAY);
        String id = id();
        GridChangeState proposed = filing.propose(adjustment(id), CompliantCity.snapshot());
        assertThat(proposed.violations()).isEmpty();
        assertThat(proposed.openSteps()).containsExactly("File with the city grid agency (ZG-07-03)");
        assertThat(proposed.filingGraceEndsAt()).isEqualTo(LocalDateTime.of(2024, 12, 4, 23, 59, 59));
        assertThat(proposed.filingReminderAt()).isEqualTo(LocalDateTime.of(2024, 11, 29, 9, 0));
        assertThat(proposed.rulePackVersion()).isEqualTo("2024.1");

        Fixtures.clock(processes, MONDAY.plusDays(3));
        Filing record = filing.file(id, CompliantCity.CITY_AGENCY, "自网格备〔2024〕12号");
        assertThat(record.gridChangeId()).isEqualTo(id);
        assertThat(record.filedOn()).isEqualTo(LocalDate.of(2024, 11, 7));
        GridChangeState filed = filing.state(id);
        assertThat(filed.status()).isEqualTo(SubjectStatus.COMPLETED);
        assertThat(filed.filedWithId()).isEqualTo(CompliantCity.CITY_AGENCY);
        assertThat(filed.filingReference()).isEqualTo("自网格备〔2024〕12号");
        assertThat(filing.auditTrail(id)).extracting(AuditEntry::action).containsExactly("PROPOSED", "CHECKED", "FILED");
    }

    @Test
    void a_change_whose_grids_break_article_7_goes_back_for_revision_and_is_checked_again() {
        Fixtures.clock(processes, MONDAY);
        String id = id();
        GridChangeState sentBack = filing.propose(adjustment(id), dividedByNobody());
        assertThat(sentBack.openSteps()).containsExactly("Revise the proposal");
        assertThat(sentBack.violations()).isNotEmpty().allSatisfy(v -> assertThat(v).startsWith("ZG-07-01"));

        assertThatThrownBy(() -> filing.file(id, CompliantCity.CITY_AGENCY, "x"))
                .isInstanceOf(StepNotOpenException.class).hasMessageContaining(id).hasMessageContaining("ZG-07-03");
        assertThatThrownBy(() -> filing.revise(id, CompliantCity.without(f -> f instanceof Grid), CompliantCity.ZLJ_AGENCY))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining(CompliantCity.COMMUNITY_GRID);
        assertThat(filing.revise(id, dividedByNobody(), CompliantCity.ZLJ_AGENCY).openSteps()).containsExactly("Revise the proposal");
        GridChangeState revised = filing.revise(id, CompliantCity.snapshot(), CompliantCity.ZLJ_AGENCY);
        assertThat(revised.violations()).isEmpty();
        assertThat(revised.openSteps()).containsExactly("File with the city grid agency (ZG-07-03)");
        assertThat(filing.auditTrail(id)).extracting(AuditEntry::action)
                .containsExactly("PROPOSED", "CHECKED", "REVISED", "CHECKED", "REVISED", "CHECKED");
    }

    @Test
    void a_reminder_fires_before_the_grace_period_ends_and_an_unfiled_change_is_flagged_after_it() {
        Fixtures.clock(processes, MONDAY);
        String id = id();
        filing.propose(adjustment(id), CompliantCity.snapshot());
        Fixtures.clock(processes, LocalDateTime.of(2024, 11, 29, 8, 59));
        processes.runDueTimers();
        assertThat(filing.state(id).reminded()).isFalse();
        Fixtures.clock(processes, LocalDateTime.of(2024, 11, 29, 9, 0));
        processes.runDueTimers();
        assertThat(filing.state(id).reminded()).isTrue();
        assertThat(filing.state(id).overdue()).isFalse();

        Fixtures.clock(processes, LocalDateTime.of(2024, 12, 5, 0, 0));
        processes.runDueTimers();
        GridChangeState late = filing.state(id);
        assertThat(late.overdue()).isTrue();
        assertThat(late.openSteps()).containsExactly("File with the city grid agency (ZG-07-03)");
        assertThat(filing.auditTrail(id)).extracting(AuditEntry::rule).containsSubsequence("ZG-07-03", "ZG-07-03");

        filing.file(id, CompliantCity.CITY_AGENCY, null);
        assertThat(filing.state(id).overdue()).isFalse();
        assertThat(filing.state(id).status()).isEqualTo(SubjectStatus.COMPLETED);
        assertThat(filing.auditTrail(id)).extracting(AuditEntry::action)
                .containsExactly("PROPOSED", "CHECKED", "FILING_REMINDER", "UNFILED_AFTER_GRACE", "FILED");
    }

    @Test
    void filing_with_another_agency_a_proposal_by_a_non_county_agency_a_missing_grid_and_an_unknown_change_are_refused() {
        Fixtures.clock(processes, MONDAY);
        String id = id();
        filing.propose(adjustment(id), CompliantCity.snapshot());
        assertThatThrownBy(() -> filing.file(id, CompliantCity.ZLJ_AGENCY, "x"))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining(id).hasMessageContaining("ZG-07-03")
                .hasMessageContaining("city-level grid agency");
        assertThat(filing.state(id).status()).isEqualTo(SubjectStatus.OPEN);

        String other = id();
        GridChange byCity = new GridChange(other, GridChangeKind.DIVISION, Set.of(CompliantCity.COMMUNITY_GRID), CompliantCity.CITY_AGENCY,
                MONDAY.toLocalDate(), null, null, null);
        assertThatThrownBy(() -> filing.propose(byCity, CompliantCity.snapshot()))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining(other).hasMessageContaining("ZG-07-01");
        assertThatThrownBy(() -> filing.propose(adjustment(other), CompliantCity.without(f -> f instanceof Grid)))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining(CompliantCity.COMMUNITY_GRID);
        assertThatThrownBy(() -> filing.propose(adjustment(id), CompliantCity.snapshot()))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> filing.state("GC-NOWHERE"))
                .isInstanceOf(UnknownSubjectException.class).hasMessageContaining("GC-NOWHERE").hasMessageContaining("Art. 7");
    }
}
