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
    /** An operator of Ziliujing district (510302), where the community grid lies (510302001001). */
    static final Actor OPERATOR = Actor.platformOperator("OP-1", "510302");
    static final Actor AGENCY = Actor.gridAgency(CompliantCity.ZLJ_AGENCY, "510302");
    /** Jurisdictions above and at the grid's street, given as codes and as an agency's id. */
    static final Actor CITY_OPERATOR = Actor.platformOperator("OP-CITY", "510300");
    static final Actor STREET_OPERATOR = Actor.platformOperator("OP-STREET", CompliantCity.STREET_CODE);
    static final Actor ZLJ_AGENCY_BY_ID = Actor.gridAgency(CompliantCity.ZLJ_AGENCY, CompliantCity.ZLJ_AGENCY);
    /** Rong county (510321): not the community grid's jurisdiction. */
    static final Actor RONG_OPERATOR = Actor.platformOperator("OP-RONG", "510321");
    static final Actor RONG_AGENCY = Actor.gridAgency(CompliantCity.RONG_AGENCY, CompliantCity.RONG_AGENCY);
    static final Actor VILLAGE_WORKER = Actor.gridWorker(CompliantCity.WORKER_VILLAGE, CompliantCity.VILLAGE_GRID);
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

    // ---- jurisdiction: operators and agencies act within the divisions their cases' grids lie in ----------------------

    @Test
    void operators_and_agencies_of_the_cases_city_district_street_or_agency_take_its_platform_steps() {
        Fixtures.clock(processes, FRIDAY);
        String id = cases.reportCase(dispute(id()), WORKER);
        cases.accept(id, CITY_OPERATOR);                       // 510300 contains 510302001001
        cases.assign(id, Fixtures.JUSTICE, STREET_OPERATOR);   // 510302001000 contains it
        cases.signFor(id, JUSTICE);
        Fixtures.clock(processes, FRIDAY.plusDays(3));
        cases.supervise(id, ZLJ_AGENCY_BY_ID, "residents called again"); // ORG-ZLJ-AGENCY stands for 510302
        cases.feedBack(id, JUSTICE, "mediated");
        cases.verify(id, VerificationOutcome.RESOLVED, ZLJ_AGENCY_BY_ID);
        cases.close(id, OPERATOR);
        assertThat(cases.state(id).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(refusals(id)).isEmpty();
    }

    @Test
    void an_operator_of_another_county_is_refused_every_platform_step_and_each_refusal_is_recorded() {
        Fixtures.clock(processes, FRIDAY);
        String id = cases.reportCase(dispute(id()), WORKER);
        String outside = "grid " + GRID + " lies in " + CompliantCity.COMMUNITY_CODE + ", outside its jurisdiction 510321";
        refused(id, "accept", () -> cases.accept(id, RONG_OPERATOR), outside);
        refused(id, "decline", () -> cases.decline(id, RONG_OPERATOR, "not ours"), outside);
        String other = cases.reportCase(dispute(id()), WORKER);
        refused(id, "merge", () -> cases.merge(id, other, RONG_OPERATOR, "same matter"), outside);
        cases.accept(id, OPERATOR);
        refused(id, "assign", () -> cases.assign(id, Fixtures.JUSTICE, RONG_OPERATOR), outside);
        cases.assign(id, Fixtures.JUSTICE, OPERATOR);
        cases.feedBack(id, JUSTICE, "mediated");
        refused(id, "verify", () -> cases.verify(id, VerificationOutcome.RESOLVED, RONG_OPERATOR), outside);
        cases.verify(id, VerificationOutcome.RESOLVED, OPERATOR);
        refused(id, "close", () -> cases.close(id, RONG_OPERATOR), outside);
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.CLOSE);
        assertThat(refusals(id)).hasSize(6).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(RONG_OPERATOR.id());
            assertThat(e.detail()).contains("refused to PLATFORM_OPERATOR: " + outside);
        });
    }

    @Test
    void the_agency_of_another_county_may_not_supervise_or_accept_and_a_village_case_is_its_own() {
        String id = assigned();
        Fixtures.clock(processes, FRIDAY.plusDays(3));
        String outside = "outside its jurisdiction " + CompliantCity.RONG_AGENCY + " = 510321";
        refused(id, "supervise", () -> cases.supervise(id, RONG_AGENCY, "slow"), outside);
        refused(id, "supervise", () -> cases.supervise(id, RONG_OPERATOR, "slow"), "only the grid agency");
        cases.supervise(id, AGENCY, "residents called again");
        assertThat(cases.state(id).supervisions()).isEqualTo(1);

        Fixtures.clock(processes, FRIDAY);
        String village = cases.reportCase(new NewCase(id(), CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false,
                CompliantCity.VILLAGE_GRID, null, "a boundary dispute"), VILLAGE_WORKER);
        refused(village, "accept", () -> cases.accept(village, OPERATOR), "grid " + CompliantCity.VILLAGE_GRID + " lies in "
                + CompliantCity.VILLAGE_CODE + ", outside its jurisdiction 510302");
        cases.accept(village, RONG_AGENCY);
        assertThat(cases.state(village).openSteps()).containsExactly(CaseStep.ASSIGN);
    }

    @Test
    void merging_into_a_case_of_another_jurisdiction_is_refused() {
        Fixtures.clock(processes, FRIDAY);
        String id = cases.reportCase(dispute(id()), WORKER);
        String village = cases.reportCase(new NewCase(id(), CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false,
                CompliantCity.VILLAGE_GRID, null, "the same noise"), VILLAGE_WORKER);
        refused(id, "merge", () -> cases.merge(id, village, OPERATOR, "same noise"), "the case it would go into");
        cases.merge(id, village, CITY_OPERATOR, "same noise");
        assertThat(cases.state(id).status()).isEqualTo(CaseStatus.MERGED);
    }

    @Test
    void an_operator_without_a_jurisdiction_or_with_an_unreadable_one_is_refused() {
        Fixtures.clock(processes, FRIDAY);
        String id = cases.reportCase(dispute(id()), WORKER);
        refused(id, "accept", () -> cases.accept(id, Actor.platformOperator("OP-NONE")), "acts for no jurisdiction");
        refused(id, "accept", () -> cases.accept(id, Actor.gridAgency("A-NONE")), "acts for no jurisdiction");
        refused(id, "accept", () -> cases.accept(id, Actor.platformOperator("OP-X", "ZLJ")),
                "ZLJ (neither a division code nor a registered organisation)");
        refused(id, "accept", () -> cases.accept(id, Actor.platformOperator("OP-Y", "5103")), "5103 (neither a division code");
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.ACCEPT);
    }

    // ---- the system actor, and the deprecated plain-id steps taken as it ---------------------------------------------

    @Test
    void the_system_actor_takes_any_step_unchecked_and_the_audit_trail_says_so() {
        Fixtures.clock(processes, FRIDAY);
        Actor importer = Actor.system("import-2024");
        NewCase c = new NewCase(id(), CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, GRID, WORKER.id(), "noise");
        String id = cases.collect(c, importer);
        cases.report(id, Actor.system(WORKER.id()));      // a worker step: the system names the collector
        cases.accept(id, importer);
        cases.assign(id, Fixtures.JUSTICE, importer);
        cases.feedBack(id, Actor.system(Fixtures.JUSTICE), "mediated"); // a department step: it names the department
        cases.verify(id, VerificationOutcome.RESOLVED, importer);
        cases.close(id, importer);
        assertThat(cases.state(id).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(refusals(id)).isEmpty();
        assertThat(cases.auditTrail(id)).filteredOn(e -> !e.actor().equals(Kernel_PLATFORM)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.detail()).as(e.action()).endsWith(CaseHandling.SYSTEM_NOTE + ")"));
        assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("ACCEPTED")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("import-2024"));
        Actor.system("x"); // and a person never is: see SecurityActorResolver (ROLE_SYSTEM is not mapped)
    }

    @Test
    @SuppressWarnings("deprecation")
    void a_deprecated_plain_id_step_is_the_system_actors_and_recorded_so() {
        String id = accepted();
        cases.assign(id, Fixtures.JUSTICE, "OP-LEGACY");
        assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("ASSIGNED")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("OP-LEGACY");
            assertThat(e.detail()).isEqualTo("assigned to " + Fixtures.JUSTICE + " (JUSTICE_ADMINISTRATION) (" + CaseHandling.SYSTEM_NOTE + ")");
        });
        assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("ACCEPTED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("accepted by the platform"));
    }

    private static final String Kernel_PLATFORM = org.wangge.kernel.process.internal.Kernel.PLATFORM;
}
