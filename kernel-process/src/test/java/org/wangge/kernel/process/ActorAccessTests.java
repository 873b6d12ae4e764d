package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.support.Fixtures;

/**
 * Who may do which case step ({@link Actor}, {@link CaseHandling}): each step taken by the role allowed to take it, and
 * refused — and recorded — for the others; run on H2 ({@link ActorAccessH2Test}) and PostgreSQL ({@link ActorAccessPostgresTest}).
 */
abstract class ActorAccessTests extends OnDatabase {

    static final String GRID = CompliantCity.COMMUNITY_GRID;
    static final Actor WORKER = Actor.gridWorker(CompliantCity.WORKER_COMMUNITY, GRID);
    static final Actor OTHER_GRID_WORKER = Actor.gridWorker(CompliantCity.WORKER_COMMUNITY, CompliantCity.VILLAGE_GRID);
    static final Actor OPERATOR = Actor.platformOperator("OP-1");
    static final Actor AGENCY = Actor.gridAgency(CompliantCity.ZLJ_AGENCY, "510302");
    static final Actor JUSTICE = Actor.department(Fixtures.JUSTICE);
    static final Actor CIVIL = Actor.department(CompliantCity.CIVIL_AFFAIRS);
    static final LocalDateTime FRIDAY = LocalDateTime.of(2024, 9, 27, 10, 0);
    static final AtomicInteger IDS = new AtomicInteger();

    CaseHandling cases;

    @BeforeAll
    void openFacade() {
        cases = processes == null ? null : processes.caseHandling();
    }

    String id() {
        return "AC-" + database() + "-" + IDS.incrementAndGet();
    }

    NewCase dispute(String id) {
        return new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, GRID, null, "neighbours' dispute over noise");
    }

    /** A case reported by the worker and accepted, waiting for its assignment. */
    String accepted() {
        Fixtures.clock(processes, FRIDAY);
        String id = cases.reportCase(dispute(id()), WORKER);
        cases.accept(id, OPERATOR);
        return id;
    }

    /** A case assigned to the justice bureau. */
    String assigned() {
        String id = accepted();
        cases.assign(id, Fixtures.JUSTICE, OPERATOR);
        return id;
    }

    void refused(String caseId, String step, ThrowingCallable call, String why) {
        int before = caseId == null ? 0 : refusals(caseId).size();
        assertThatThrownBy(call).isInstanceOfSatisfying(StepRefusedException.class, e -> {
            assertThat(e.step()).isEqualTo(step);
            assertThat(e.subjectId()).isEqualTo(caseId == null ? e.subjectId() : caseId);
            assertThat(e.getMessage()).contains("step " + step + " refused", why);
        });
        if (caseId != null) {
            List<AuditEntry> after = refusals(caseId);
            assertThat(after).hasSize(before + 1);
            assertThat(after.get(after.size() - 1).detail()).startsWith("step " + step + " refused to ").doesNotContain("noise");
        }
    }

    List<AuditEntry> refusals(String caseId) {
        return cases.auditTrail(caseId).stream().filter(e -> e.action().equals("REFUSED")).toList();
    }

    @Test
    void a_grid_worker_collects_reports_and_resolves_on_the_spot_in_the_grids_it_serves() {
        Fixtures.clock(processes, FRIDAY);
        String reported = cases.collect(dispute(id()), WORKER);
        cases.report(reported, WORKER);
        assertThat(cases.state(reported).openSteps()).containsExactly(CaseStep.ACCEPT);
        assertThat(cases.auditTrail(reported).get(0).actor()).isEqualTo(WORKER.id());
        String resolved = cases.collect(dispute(id()), WORKER);
        cases.resolveOnSpot(resolved, WORKER, "talked it over");
        assertThat(cases.state(resolved).status()).isEqualTo(CaseStatus.RESOLVED_ON_SPOT);
    }

    @Test
    void a_grid_worker_of_another_grid_may_not_collect_report_or_resolve() {
        Fixtures.clock(processes, FRIDAY);
        String id = id();
        refused(null, "collect", () -> cases.collect(dispute(id), OTHER_GRID_WORKER), "does not serve grid " + GRID);
        refused(null, "reportCase", () -> cases.reportCase(dispute(id), OTHER_GRID_WORKER), "does not serve grid " + GRID);
        assertThatThrownBy(() -> cases.state(id)).isInstanceOf(UnknownSubjectException.class);
        cases.collect(dispute(id), WORKER);
        refused(id, "report", () -> cases.report(id, OTHER_GRID_WORKER), "does not serve the case's grid");
        refused(id, "resolveOnSpot", () -> cases.resolveOnSpot(id, OTHER_GRID_WORKER, "done"), "does not serve the case's grid");
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.RESOLVE_OR_REPORT);
    }

    @Test
    void only_a_grid_worker_collects_reports_or_resolves() {
        Fixtures.clock(processes, FRIDAY);
        refused(null, "collect", () -> cases.collect(dispute(id()), OPERATOR), "only a grid worker");
        refused(null, "collect", () -> cases.collect(dispute(id()), JUSTICE), "only a grid worker");
        String id = cases.collect(dispute(id()), WORKER);
        refused(id, "report", () -> cases.report(id, OPERATOR), "only a grid worker");
        refused(id, "resolveOnSpot", () -> cases.resolveOnSpot(id, AGENCY, "done"), "only a grid worker");
        NewCase namingAnother = new NewCase(id(), CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, GRID, "W-OTHER", "x");
        refused(null, "collect", () -> cases.collect(namingAnother, WORKER), "another worker");
    }

    @Test
    void the_platform_accepts_assigns_verifies_and_closes_and_the_department_signs_for_and_feeds_back() {
        String id = assigned();
        cases.signFor(id, JUSTICE);
        cases.feedBack(id, JUSTICE, "mediated");
        cases.verify(id, VerificationOutcome.RESOLVED, AGENCY);
        cases.close(id, OPERATOR);
        assertThat(cases.state(id).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(refusals(id)).isEmpty();
        assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("SIGNED_FOR")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(JUSTICE.id()));
    }

    @Test
    void a_worker_or_department_may_not_accept_decline_merge_or_assign() {
        Fixtures.clock(processes, FRIDAY);
        String id = cases.reportCase(dispute(id()), WORKER);
        refused(id, "accept", () -> cases.accept(id, WORKER), "only a platform operator or the grid agency");
        refused(id, "accept", () -> cases.accept(id, JUSTICE), "only a platform operator or the grid agency");
        refused(id, "decline", () -> cases.decline(id, WORKER, "not ours"), "only a platform operator");
        String other = cases.reportCase(dispute(id()), WORKER);
        refused(id, "merge", () -> cases.merge(id, other, JUSTICE, "same matter"), "only a platform operator");
        cases.accept(id, AGENCY);
        refused(id, "assign", () -> cases.assign(id, Fixtures.JUSTICE, WORKER), "only a platform operator");
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.ASSIGN);
    }

    @Test
    void the_platform_declines_and_merges() {
        Fixtures.clock(processes, FRIDAY);
        String declined = cases.reportCase(dispute(id()), WORKER);
        cases.decline(declined, OPERATOR, "not a service matter of this grid");
        assertThat(cases.state(declined).status()).isEqualTo(CaseStatus.DECLINED);
        String into = cases.reportCase(dispute(id()), WORKER);
        String merged = cases.reportCase(dispute(id()), WORKER);
        cases.merge(merged, into, AGENCY, "same noise");
        assertThat(cases.state(merged).status()).isEqualTo(CaseStatus.MERGED);
    }

    @Test
    void only_the_assigned_department_signs_for_hands_back_or_feeds_back() {
        String id = assigned();
        refused(id, "signFor", () -> cases.signFor(id, CIVIL), "assigned to another department");
        refused(id, "feedBack", () -> cases.feedBack(id, CIVIL, "done"), "assigned to another department");
        refused(id, "handBack", () -> cases.handBack(id, CIVIL, "not ours"), "assigned to another department");
        refused(id, "signFor", () -> cases.signFor(id, OPERATOR), "only the department");
        refused(id, "feedBack", () -> cases.feedBack(id, WORKER, "done"), "only the department");
        String early = accepted();
        refused(early, "signFor", () -> cases.signFor(early, JUSTICE), "assigned to no department");
        cases.handBack(id, JUSTICE, "outside our duties");
        assertThat(cases.state(id).handBacks()).isEqualTo(1);
    }

    @Test
    void a_worker_or_department_may_not_verify_or_close() {
        String id = assigned();
        cases.feedBack(id, JUSTICE, "mediated");
        refused(id, "verify", () -> cases.verify(id, VerificationOutcome.RESOLVED, JUSTICE), "only a platform operator");
        cases.verify(id, VerificationOutcome.RESOLVED, OPERATOR);
        refused(id, "close", () -> cases.close(id, WORKER), "only a platform operator");
        cases.close(id, AGENCY);
        assertThat(cases.state(id).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void only_the_grid_agency_supervises() {
        String id = assigned();
        refused(id, "supervise", () -> cases.supervise(id, OPERATOR, "slow"), "only the grid agency");
        refused(id, "supervise", () -> cases.supervise(id, JUSTICE, "slow"), "only the grid agency");
        Fixtures.clock(processes, FRIDAY.plusDays(3));
        cases.supervise(id, AGENCY, "residents called again");
        assertThat(cases.state(id).supervisions()).isEqualTo(1);
    }

    @Test
    void a_refusal_is_recorded_with_the_actor_step_and_role_only() {
        String id = accepted();
        refused(id, "assign", () -> cases.assign(id, Fixtures.JUSTICE, WORKER), "only a platform operator");
        AuditEntry e = refusals(id).get(0);
        assertThat(e.actor()).isEqualTo(WORKER.id());
        assertThat(e.rule()).isEqualTo(CaseStep.ASSIGN.rule());
        assertThat(e.detail()).isEqualTo("step assign refused to GRID_WORKER: only a platform operator or the grid agency takes this step");
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.ASSIGN);
    }

    @Test
    void a_missing_actor_is_invalid_input() {
        String id = accepted();
        assertThatThrownBy(() -> cases.assign(id, Fixtures.JUSTICE, (Actor) null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("actor"));
    }
}
