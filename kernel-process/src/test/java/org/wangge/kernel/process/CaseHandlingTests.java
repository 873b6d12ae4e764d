package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.delegate.event.AbstractFlowableEngineEventListener;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.internal.CaseSteps;
import org.wangge.kernel.process.support.Fixtures;

/**
 * Case handling (Art. 9, 14, 15, 23) through the façade; run on H2 ({@link CaseHandlingH2Test}) and on
 * PostgreSQL when it answers ({@link CaseHandlingPostgresTest}).
 */
abstract class CaseHandlingTests extends OnDatabase {

    static final String GRID = CompliantCity.COMMUNITY_GRID;
    static final String WORKER = CompliantCity.WORKER_COMMUNITY;
    static final String CIVIL = CompliantCity.CIVIL_AFFAIRS;
    static final String PSB = CompliantCity.PUBLIC_SECURITY;
    static final String EMERGENCY = CompliantCity.EMERGENCY;
    static final String JUSTICE = Fixtures.JUSTICE;
    static final String OPERATOR = "OP-1";
    /** Friday before the 2024 National Day holidays. */
    static final LocalDateTime FRIDAY = LocalDateTime.of(2024, 9, 27, 10, 0);

    CaseHandling cases;
    static final AtomicInteger IDS = new AtomicInteger();

    @BeforeAll
    void openFacade() {
        cases = processes == null ? null : processes.caseHandling();
    }

    String id() {
        return "C-" + database() + "-" + IDS.incrementAndGet();
    }

    NewCase dispute(String id) {
        return new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, GRID, WORKER, "neighbours' dispute over noise");
    }

    void at(LocalDateTime time) {
        Fixtures.clock(processes, time);
    }

    List<String> actions(String caseId) {
        return cases.auditTrail(caseId).stream().map(AuditEntry::action).toList();
    }

    @Test
    void a_reported_case_is_accepted_routed_assigned_fed_back_verified_and_closed() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.ACCEPT);
        cases.accept(id, OPERATOR);
        CaseState routed = cases.state(id);
        assertThat(routed.openSteps()).containsExactly(CaseStep.ASSIGN);
        assertThat(routed.responsibleDepartmentKinds())
                .containsExactlyInAnyOrder(DepartmentKind.JUSTICE_ADMINISTRATION, DepartmentKind.PUBLIC_SECURITY);
        cases.assign(id, JUSTICE, OPERATOR);
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.HANDLE);
        assertThat(cases.state(id).departmentId()).isEqualTo(JUSTICE);
        cases.feedBack(id, JUSTICE, "mediated; both parties signed");
        cases.verify(id, VerificationOutcome.RESOLVED, OPERATOR);
        cases.close(id, OPERATOR);

        CaseState closed = cases.state(id);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.openSteps()).isEmpty();
        assertThat(closed.endedAt()).isNotNull();
        assertThat(actions(id)).containsExactly("COLLECTED", "REPORTED", "ACCEPTED", "ROUTED", "ASSIGNED", "FED_BACK", "VERIFIED", "CLOSED");
        AuditEntry assigned = cases.auditTrail(id).get(4);
        assertThat(assigned.actor()).isEqualTo(OPERATOR);
        assertThat(assigned.rule()).isEqualTo("ZG-15-02");
        assertThat(assigned.detail()).contains(JUSTICE, "JUSTICE_ADMINISTRATION");
        assertThat(assigned.at()).isEqualTo(FRIDAY);
    }

    @Test
    void a_case_resolved_on_the_spot_never_reaches_the_platform() {
        at(FRIDAY);
        String id = cases.collect(dispute(id()));
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.RESOLVE_OR_REPORT);
        cases.resolveOnSpot(id, WORKER, "talked to both neighbours");
        assertThat(cases.state(id).status()).isEqualTo(CaseStatus.RESOLVED_ON_SPOT);
        assertThat(actions(id)).containsExactly("COLLECTED", "RESOLVED_ON_SPOT");
    }

    @Test
    void only_the_collecting_worker_resolves_or_reports() {
        at(FRIDAY);
        String id = cases.collect(dispute(id()));
        assertThatThrownBy(() -> cases.report(id, "W-OTHER"))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining(id).hasMessageContaining("ZG-14-01");
    }

    @Test
    void obstruction_of_a_grid_worker_goes_to_public_security() {
        at(FRIDAY);
        String id = id();
        cases.reportCase(new NewCase(id, CaseSource.WORKER_DISCOVERY, MatterCategory.DISPUTES, false, true, GRID, WORKER,
                "a worker was kept from a visit"));
        cases.accept(id, OPERATOR);
        CaseState routed = cases.state(id);
        assertThat(routed.openSteps()).containsExactly(CaseStep.ASSIGN_TO_PUBLIC_SECURITY);
        assertThat(routed.responsibleDepartmentKinds()).containsExactly(DepartmentKind.PUBLIC_SECURITY);

        assertThatThrownBy(() -> cases.assign(id, JUSTICE, OPERATOR))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining(id).hasMessageContaining("ZG-23-01")
                .satisfies(e -> assertThat(((StepRefusedException) e).rule()).isEqualTo("ZG-23-01"));
        cases.assign(id, PSB, OPERATOR);
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.HANDLE);
        assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("ASSIGNED")).singleElement()
                .satisfies(e -> assertThat(e.rule()).isEqualTo("ZG-23-01"));
    }

    @Test
    void an_assignment_the_routing_table_does_not_allow_is_refused_and_nothing_is_written() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        cases.accept(id, OPERATOR);
        List<String> before = actions(id);
        assertThatThrownBy(() -> cases.assign(id, CIVIL, OPERATOR))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining(id).hasMessageContaining("ZG-15-02").hasMessageContaining("JUSTICE_ADMINISTRATION")
                .satisfies(e -> assertThat(((StepRefusedException) e).findings()).isNotEmpty());
        assertThat(actions(id)).isEqualTo(before);
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.ASSIGN);
        assertThat(cases.state(id).departmentId()).isNull();
    }

    @Test
    void an_unknown_department_or_an_organisation_that_is_no_department_is_refused() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        cases.accept(id, OPERATOR);
        assertThatThrownBy(() -> cases.assign(id, "ORG-NOWHERE", OPERATOR))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining(id).hasMessageContaining("ORG-NOWHERE").hasMessageContaining("ZG-15-02")
                .hasMessageContaining("no such department");
        assertThatThrownBy(() -> cases.assign(id, CompliantCity.CITY_AGENCY, OPERATOR))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("not a department");
    }

    @Test
    void a_case_of_a_matter_any_department_may_take_can_go_to_a_department_of_kind_other() {
        at(FRIDAY);
        String id = id();
        cases.reportCase(new NewCase(id, CaseSource.ASSIGNED_FROM_ABOVE, MatterCategory.ASSIGNED_BY_PARTY_AND_GOVERNMENT, false,
                false, GRID, null, "a census task"));
        cases.accept(id, OPERATOR);
        assertThat(cases.responsibleDepartmentKinds(id)).containsExactlyInAnyOrder(DepartmentKind.values());
        cases.assign(id, Fixtures.OTHER_DEPARTMENT, OPERATOR);
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.HANDLE);
    }

    @Test
    void a_hand_back_needs_a_reason_and_sends_the_case_back_to_routing() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        cases.accept(id, OPERATOR);
        cases.assign(id, PSB, OPERATOR);
        assertThatThrownBy(() -> cases.handBack(id, PSB, "  "))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining(id).hasMessageContaining("ZG-15-05").hasMessageContaining("reason");
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.HANDLE);
        assertThatThrownBy(() -> cases.handBack(id, JUSTICE, "not ours"))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("assigned to " + PSB);

        cases.handBack(id, PSB, "a civil dispute without a breach of public order");
        CaseState back = cases.state(id);
        assertThat(back.openSteps()).containsExactly(CaseStep.ASSIGN);
        assertThat(back.handBacks()).isEqualTo(1);
        assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("HANDED_BACK")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("a civil dispute without a breach of public order" + " (" + CaseHandling.SYSTEM_NOTE + ")"));
        cases.assign(id, JUSTICE, OPERATOR);
        cases.feedBack(id, JUSTICE, "mediated");
        assertThat(actions(id)).containsSubsequence("HANDED_BACK", "ROUTED", "ASSIGNED", "FED_BACK");
    }

    @Test
    void a_department_hands_one_case_back_at_most_twice_and_its_third_hand_back_is_refused() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        cases.accept(id, OPERATOR);
        cases.assign(id, PSB, OPERATOR);
        cases.handBack(id, PSB, "not a breach of public order");
        cases.assign(id, PSB, OPERATOR);
        cases.handBack(id, PSB, "still not a breach of public order");
        cases.assign(id, PSB, OPERATOR);
        assertThatThrownBy(() -> cases.handBack(id, PSB, "again"))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("ZG-15-05").hasMessageContaining("case.handback.max (2)");
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.HANDLE);
        assertThat(cases.state(id).handBacks()).isEqualTo(2);
    }

    @Test
    void the_assigned_department_signs_for_the_case_and_the_audit_trail_records_it() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        cases.accept(id, OPERATOR);
        cases.assign(id, JUSTICE, OPERATOR);
        assertThatThrownBy(() -> cases.signFor(id, PSB))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("ZG-15-04").hasMessageContaining("assigned to " + JUSTICE);
        cases.signFor(id, JUSTICE);
        assertThatThrownBy(() -> cases.signFor(id, JUSTICE)).isInstanceOf(StepRefusedException.class).hasMessageContaining("already signed for");
        assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("SIGNED_FOR")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(JUSTICE);
                    assertThat(e.rule()).isEqualTo("ZG-15-04");
                });
        cases.feedBack(id, JUSTICE, "mediated");
        assertThat(actions(id)).containsSubsequence("ASSIGNED", "SIGNED_FOR", "FED_BACK");
    }

    @Test
    void a_case_declined_with_a_reason_ends_without_routing_and_records_why() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        assertThatThrownBy(() -> cases.decline(id, OPERATOR, " "))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("ZG-15-01").hasMessageContaining("reason");
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.ACCEPT);
        cases.decline(id, OPERATOR, "not a grid matter: a court case already pending");
        CaseState s = cases.state(id);
        assertThat(s.status()).isEqualTo(CaseStatus.DECLINED);
        assertThat(s.openSteps()).isEmpty();
        assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("DECLINED")).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo("ZG-15-01");
            assertThat(e.actor()).isEqualTo(OPERATOR);
            assertThat(e.detail()).isEqualTo("not a grid matter: a court case already pending" + " (" + CaseHandling.SYSTEM_NOTE + ")");
        });
        assertThat(actions(id)).doesNotContain("ROUTED");
    }

    @Test
    void a_case_merged_into_another_names_it_and_ends_and_the_other_goes_on() {
        at(FRIDAY);
        String first = cases.reportCase(dispute(id()));
        String second = cases.reportCase(dispute(id()));
        assertThatThrownBy(() -> cases.merge(second, "C-NOWHERE", OPERATOR, "same noise"))
                .isInstanceOf(UnknownSubjectException.class);
        assertThatThrownBy(() -> cases.merge(second, second, OPERATOR, "same noise")).isInstanceOf(StepRefusedException.class);
        cases.merge(second, first, OPERATOR, "the same noise complaint, reported twice");
        assertThat(cases.state(second).status()).isEqualTo(CaseStatus.MERGED);
        assertThat(cases.auditTrail(second)).filteredOn(e -> e.action().equals("MERGED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("merged into " + first + ": the same noise complaint, reported twice" + " (" + CaseHandling.SYSTEM_NOTE + ")"));
        assertThat(cases.state(first).openSteps()).containsExactly(CaseStep.ACCEPT);
        cases.accept(first, OPERATOR);
        assertThat(cases.state(first).openSteps()).containsExactly(CaseStep.ASSIGN);
    }

    @Test
    void a_sign_for_is_due_at_the_end_of_the_next_working_day_and_a_missing_one_is_supervised() {
        at(LocalDateTime.of(2024, 9, 30, 10, 0)); // Mon before National Day: the next working day is Tue 10-08
        String id = cases.reportCase(dispute(id()));
        cases.accept(id, OPERATOR);
        cases.assign(id, JUSTICE, OPERATOR);
        assertThat(timerDue(id, "respondOverdue")).isEqualTo(LocalDateTime.of(2024, 10, 8, 23, 59, 59));
        at(LocalDateTime.of(2024, 10, 8, 23, 59));
        processes.runDueTimers();
        assertThat(cases.state(id).overdue()).isFalse();
        at(LocalDateTime.of(2024, 10, 9, 0, 0, 1));
        processes.runDueTimers();
        CaseState late = cases.state(id);
        assertThat(late.overdue()).isTrue();
        assertThat(late.overdueRule()).isEqualTo("ZG-15-04");
        assertThat(late.openSteps()).containsExactly(CaseStep.HANDLE);
        assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("SUPERVISED")).singleElement()
                .satisfies(e -> assertThat(e.rule()).isEqualTo("ZG-15-04"));
        cases.signFor(id, JUSTICE);
        assertThat(cases.state(id).overdue()).isFalse();
    }

    @Test
    void a_case_signed_for_in_time_is_not_supervised_when_the_sign_for_limit_passes() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        cases.accept(id, OPERATOR);
        cases.assign(id, JUSTICE, OPERATOR);
        at(FRIDAY.plusHours(1));
        cases.signFor(id, JUSTICE);
        at(LocalDateTime.of(2024, 9, 30, 0, 0, 1)); // after the make-up working day Sun 09-29
        processes.runDueTimers();
        assertThat(cases.state(id).overdue()).isFalse();
        assertThat(actions(id)).doesNotContain("SUPERVISED");
    }

    @Test
    void an_unresolved_case_is_reopened_and_goes_back_to_the_department() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        cases.accept(id, OPERATOR);
        cases.assign(id, JUSTICE, OPERATOR);
        cases.feedBack(id, JUSTICE, "mediated");
        cases.verify(id, VerificationOutcome.UNRESOLVED, OPERATOR);
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.HANDLE);
        cases.feedBack(id, JUSTICE, "mediated again, with the landlord");
        cases.verify(id, VerificationOutcome.RESOLVED, OPERATOR);
        cases.close(id, OPERATOR);
        assertThat(cases.state(id).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(actions(id)).containsSubsequence("FED_BACK", "REOPENED", "FED_BACK", "VERIFIED", "CLOSED");
    }

    @Test
    void an_unknown_case_is_named_in_the_exception() {
        assertThatThrownBy(() -> cases.accept("C-NOWHERE", OPERATOR))
                .isInstanceOf(UnknownSubjectException.class).hasMessageContaining("C-NOWHERE").hasMessageContaining("Art. 14, 15");
        assertThatThrownBy(() -> cases.state("C-NOWHERE")).isInstanceOf(UnknownSubjectException.class);
        assertThatThrownBy(() -> cases.handBack("C-NOWHERE", PSB, "")).isInstanceOf(UnknownSubjectException.class);
    }

    @Test
    void a_step_already_completed_or_not_reached_is_refused_with_where_the_case_is() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        cases.accept(id, OPERATOR);
        assertThatThrownBy(() -> cases.accept(id, OPERATOR))
                .isInstanceOf(StepNotOpenException.class)
                .hasMessageContaining(id).hasMessageContaining("ZG-15-01").hasMessageContaining("already completed")
                .hasMessageContaining("Assign to a responsible department")
                .satisfies(e -> assertThat(((StepNotOpenException) e).rule()).isEqualTo("ZG-15-01"));
        assertThatThrownBy(() -> cases.verify(id, VerificationOutcome.RESOLVED, OPERATOR))
                .isInstanceOf(StepNotOpenException.class).hasMessageContaining("has not been reached");
        assertThatThrownBy(() -> cases.supervise(id, CompliantCity.ZLJ_AGENCY, "slow"))
                .isInstanceOf(StepNotOpenException.class).hasMessageContaining(id);
    }

    @Test
    void a_case_outside_article_9_or_with_a_taken_id_is_refused() {
        at(FRIDAY);
        String id = id();
        assertThatThrownBy(() -> cases.collect(new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.OUTSIDE_ARTICLE_9, false,
                false, GRID, WORKER, "a private debt")))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining(id).hasMessageContaining("ZG-09-01");
        cases.collect(dispute(id));
        assertThatThrownBy(() -> cases.collect(dispute(id))).isInstanceOf(StepRefusedException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> cases.collect(new NewCase(id(), CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false,
                GRID, null, "no worker"))).isInstanceOf(StepRefusedException.class).hasMessageContaining("ZG-14-01");
    }

    @Test
    void an_unreported_case_is_supervised_after_the_report_limit_and_keeps_its_place() {
        at(FRIDAY);
        String id = cases.collect(dispute(id()));
        at(FRIDAY.plusHours(23).plusMinutes(59));
        processes.runDueTimers();
        assertThat(cases.state(id).overdue()).isFalse();
        at(FRIDAY.plusHours(24).plusMinutes(1));
        processes.runDueTimers();
        CaseState late = cases.state(id);
        assertThat(late.overdue()).isTrue();
        assertThat(late.overdueRule()).isEqualTo("ZG-14-01");
        assertThat(late.supervisions()).isEqualTo(1);
        assertThat(late.openSteps()).containsExactly(CaseStep.RESOLVE_OR_REPORT);
        assertThat(cases.overdueCasesInGrid(GRID)).extracting(CaseState::caseId).contains(id);
        cases.report(id, WORKER);
        assertThat(cases.state(id).overdue()).isFalse();
        assertThat(cases.overdueCasesInGrid(GRID)).extracting(CaseState::caseId).doesNotContain(id);
    }

    @Test
    void acceptance_is_due_at_the_end_of_the_next_working_day_which_may_be_a_make_up_sunday() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        // 1 working day after Friday 2024-09-27: Saturday is off, Sunday 09-29 is a make-up working day
        assertThat(timerDue(id, "acceptOverdue")).isEqualTo(LocalDateTime.of(2024, 9, 29, 23, 59, 59));
        at(LocalDateTime.of(2024, 9, 29, 23, 0));
        processes.runDueTimers();
        assertThat(cases.state(id).overdue()).isFalse();
        at(LocalDateTime.of(2024, 9, 30, 0, 0));
        processes.runDueTimers();
        CaseState late = cases.state(id);
        assertThat(late.overdue()).isTrue();
        assertThat(late.overdueRule()).isEqualTo("ZG-15-01");
        assertThat(late.openSteps()).containsExactly(CaseStep.ACCEPT);
        cases.accept(id, OPERATOR);
        assertThat(cases.state(id).overdue()).isFalse();
    }

    @Test
    void handling_limit_of_five_working_days_from_friday_2024_09_27_lands_on_2024_10_10_and_escalates_without_losing_the_task() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        cases.accept(id, OPERATOR);
        cases.assign(id, JUSTICE, OPERATOR);
        cases.signFor(id, JUSTICE); // 签收 at once: only the feedback limit is under test here
        assertThat(timerDue(id, "handleOverdue")).isEqualTo(LocalDateTime.of(2024, 10, 10, 23, 59, 59));

        at(LocalDateTime.of(2024, 10, 10, 12, 0));
        processes.runDueTimers();
        assertThat(cases.state(id).overdue()).isFalse();
        assertThat(cases.overdueCasesOfDepartment(JUSTICE)).extracting(CaseState::caseId).doesNotContain(id);

        at(LocalDateTime.of(2024, 10, 11, 0, 0, 1));
        processes.runDueTimers();
        CaseState late = cases.state(id);
        assertThat(late.overdue()).isTrue();
        assertThat(late.overdueRule()).isEqualTo("ZG-15-03");
        assertThat(late.openSteps()).containsExactly(CaseStep.HANDLE);
        assertThat(late.supervisions()).isEqualTo(1);
        assertThat(cases.overdueCasesOfDepartment(JUSTICE)).extracting(CaseState::caseId).contains(id);
        assertThat(cases.overdueCasesInGrid(GRID)).extracting(CaseState::caseId).contains(id);
        Task handle = processes.processEngine().getTaskService().createTaskQuery().processInstanceBusinessKey(id).singleResult();
        assertThat(processes.processEngine().getTaskService().createTaskQuery().taskId(handle.getId())
                .taskCandidateGroup(CaseSteps.SUPERVISORS).count()).isEqualTo(1);
        assertThat(processes.processEngine().getTaskService().createTaskQuery().taskId(handle.getId())
                .taskCandidateGroup(JUSTICE).count()).isEqualTo(1);
        assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("SUPERVISED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("ZG-15-03");
                    assertThat(e.actor()).isEqualTo("platform");
                    assertThat(e.at()).isEqualTo(LocalDateTime.of(2024, 10, 11, 0, 0, 1));
                });

        cases.feedBack(id, JUSTICE, "mediated, late");
        assertThat(cases.state(id).overdue()).isFalse();
        assertThat(cases.overdueCasesOfDepartment(JUSTICE)).extracting(CaseState::caseId).doesNotContain(id);
    }

    @Test
    void two_requests_completing_the_same_step_one_wins_the_other_gets_a_conflict_and_nothing_is_half_written() throws Exception {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        String pi = processes.processEngine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id)
                .singleResult().getId();
        // Both requests load the open task before either commits: each waits inside its transaction for the other.
        CyclicBarrier bothInside = new CyclicBarrier(2);
        FlowableEventListener hold = new AbstractFlowableEngineEventListener(Set.of(FlowableEngineEventType.TASK_COMPLETED)) {
            @Override
            protected void taskCompleted(FlowableEngineEntityEvent event) {
                if (pi.equals(event.getProcessInstanceId())) {
                    try {
                        bothInside.await(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("the other request never arrived", e);
                    }
                }
            }
        };
        processes.processEngine().getRuntimeService().addEventListener(hold, FlowableEngineEventType.TASK_COMPLETED);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> cases.accept(id, "OP-A"));
            Future<?> b = pool.submit(() -> cases.accept(id, "OP-B"));
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> f : List.of(a, b)) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(failures).singleElement().isInstanceOf(StepConflictException.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains(id, "Accept the case (ZG-15-01)", "wrote nothing"))
                    .satisfies(e -> assertThat(((StepConflictException) e).rule()).isEqualTo("ZG-15-01"));
        } finally {
            pool.shutdownNow();
            processes.processEngine().getRuntimeService().removeEventListener(hold);
        }
        assertThat(actions(id)).containsExactly("COLLECTED", "REPORTED", "ACCEPTED", "ROUTED");
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.ASSIGN);
        assertThat(processes.processEngine().getTaskService().createTaskQuery().processInstanceId(pi).count()).isEqualTo(1);
    }

    @Test
    void a_safety_hazard_is_handled_within_24_clock_hours() {
        at(FRIDAY);
        String id = id();
        cases.reportCase(new NewCase(id, CaseSource.WORKER_DISCOVERY, MatterCategory.SAFETY_HAZARDS, true, false, GRID, WORKER,
                "blocked fire exit"));
        cases.accept(id, OPERATOR);
        cases.assign(id, EMERGENCY, OPERATOR);
        assertThat(timerDue(id, "handleOverdue")).isEqualTo(FRIDAY.plusHours(24));
        at(FRIDAY.plusHours(24).plusSeconds(1));
        processes.runDueTimers();
        assertThat(cases.state(id).overdue()).isTrue();
    }

    @Test
    void the_grid_agency_supervises_a_case_a_department_is_handling() {
        at(FRIDAY);
        String id = cases.reportCase(dispute(id()));
        cases.accept(id, OPERATOR);
        cases.assign(id, JUSTICE, OPERATOR);
        assertThatThrownBy(() -> cases.supervise(id, CompliantCity.ZLJ_AGENCY, " "))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("Art. 15");
        at(FRIDAY.plusDays(3));
        cases.supervise(id, CompliantCity.ZLJ_AGENCY, "residents called again");
        CaseState s = cases.state(id);
        assertThat(s.supervisions()).isEqualTo(1);
        assertThat(s.overdue()).isFalse();
        assertThat(s.openSteps()).containsExactly(CaseStep.HANDLE);
        assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("SUPERVISED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(CompliantCity.ZLJ_AGENCY);
                    assertThat(e.detail()).isEqualTo("residents called again" + " (" + CaseHandling.SYSTEM_NOTE + ")");
                    assertThat(e.rule()).isEqualTo("Art. 15 ¶1");
                });
        cases.feedBack(id, JUSTICE, "done");
        assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.VERIFY);
    }

    private LocalDateTime timerDue(String caseId, String boundaryEvent) {
        String pi = processes.processEngine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .singleResult().getId();
        Job timer = processes.processEngine().getManagementService().createTimerJobQuery().processInstanceId(pi).list().stream()
                .filter(j -> j.getJobHandlerConfiguration().contains(boundaryEvent)).findFirst().orElseThrow();
        return LocalDateTime.ofInstant(timer.getDuedate().toInstant(), processes.zone());
    }
}
