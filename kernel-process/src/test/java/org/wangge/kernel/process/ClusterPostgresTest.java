package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.support.Fixtures;
import org.wangge.kernel.process.support.FlowCoverage;

/**
 * Two engines on one PostgreSQL database, both with their async executors on: every timer fires exactly once,
 * every case completes exactly once, no job is lost. Skipped when PostgreSQL does not answer.
 */
class ClusterPostgresTest {

    static final int CASES = 12;
    static final LocalDateTime FRIDAY = LocalDateTime.of(2024, 9, 27, 10, 0);
    static final String DEPT = CompliantCity.PUBLIC_SECURITY;

    @Test
    void two_engines_fire_every_timer_once_and_complete_every_case_once() throws Exception {
        String url = Fixtures.freshPostgresDatabase();
        WanggeProcesses a = null;
        WanggeProcesses b = null;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            a = Fixtures.builder(Fixtures.H2).jdbc(url, Fixtures.PG_USER, "").engineName("node-a").asyncExecutor(true)
                    .asyncAcquireWait(Duration.ofMillis(100)).build();
            b = Fixtures.builder(Fixtures.H2).jdbc(url, Fixtures.PG_USER, "").engineName("node-b").asyncExecutor(true)
                    .asyncAcquireWait(Duration.ofMillis(100)).build();
            FlowCoverage.attach(a);
            FlowCoverage.attach(b);
            Fixtures.clock(a, FRIDAY);
            Fixtures.clock(b, FRIDAY);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                WanggeProcesses node = i % 2 == 0 ? a : b;
                String id = "CL-" + i;
                node.caseHandling().reportCase(new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false,
                        CompliantCity.COMMUNITY_GRID, CompliantCity.WORKER_COMMUNITY, "dispute " + i));
                node.caseHandling().accept(id, "OP");
                node.caseHandling().assign(id, DEPT, "OP");
                node.caseHandling().signFor(id, DEPT); // 签收 at once: the sign-for timer (ZG-15-04) finds nothing to supervise
                ids.add(id);
            }
            assertThat(a.processEngine().getManagementService().createTimerJobQuery().count()).isEqualTo(2 * CASES); // sign-for, handling

            // the handling limits (2024-10-10T23:59:59) pass on both nodes' clocks; their executors race for the timers
            Fixtures.clock(a, LocalDateTime.of(2024, 10, 11, 8, 0));
            Fixtures.clock(b, LocalDateTime.of(2024, 10, 11, 8, 0));
            WanggeProcesses reader = a;
            awaitUntil(() -> ids.stream().allMatch(id -> reader.caseHandling().state(id).supervisions() >= 1), Duration.ofSeconds(90));
            awaitUntil(() -> reader.processEngine().getManagementService().createJobQuery().count() == 0, Duration.ofSeconds(30));
            for (String id : ids) {
                assertThat(a.caseHandling().auditTrail(id)).filteredOn(e -> e.action().equals("SUPERVISED")).hasSize(1);
                assertThat(a.caseHandling().state(id).supervisions()).isEqualTo(1);
            }
            assertThat(a.processEngine().getManagementService().createTimerJobQuery().count()).isZero();
            assertThat(a.processEngine().getManagementService().createDeadLetterJobQuery().count()).isZero();
            assertThat(a.processEngine().getManagementService().createSuspendedJobQuery().count()).isZero();
            assertThat(a.caseHandling().overdueCasesOfDepartment(DEPT)).hasSize(CASES);

            // both nodes try to complete every case at the same time: one feedback per case wins
            Fixtures.clock(a, LocalDateTime.of(2024, 10, 11, 9, 0));
            Fixtures.clock(b, LocalDateTime.of(2024, 10, 11, 9, 0));
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (String id : ids) {
                for (WanggeProcesses node : List.of(a, b)) {
                    attempts.add(pool.submit(() -> {
                        try {
                            node.caseHandling().feedBack(id, DEPT, "handled by " + node.processEngine().getName());
                            return true;
                        } catch (StepConflictException | StepNotOpenException lost) {
                            return false;
                        }
                    }));
                }
            }
            int won = 0;
            for (Future<Boolean> f : attempts) {
                won += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(CASES);
            for (int i = 0; i < CASES; i++) {
                WanggeProcesses node = i % 2 == 0 ? b : a;
                node.caseHandling().verify(ids.get(i), VerificationOutcome.RESOLVED, "OP");
                node.caseHandling().close(ids.get(i), "OP");
            }
            for (String id : ids) {
                CaseState s = b.caseHandling().state(id);
                assertThat(s.status()).isEqualTo(CaseStatus.CLOSED);
                assertThat(b.caseHandling().auditTrail(id)).extracting(AuditEntry::action)
                        .containsExactly("COLLECTED", "REPORTED", "ACCEPTED", "ROUTED", "ASSIGNED", "SIGNED_FOR", "SUPERVISED", "FED_BACK", "VERIFIED", "CLOSED");
                assertThat(b.processEngine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                        .finished().count()).isEqualTo(1);
            }
            assertThat(b.processEngine().getRuntimeService().createProcessInstanceQuery().count()).isZero();
        } finally {
            pool.shutdownNow();
            if (a != null) {
                a.close();
            }
            if (b != null) {
                b.close();
            }
            Fixtures.dropPostgresDatabase(url);
        }
    }

    /** Waits for the async executors (bounded; the clock, not the wait, makes the timers due). */
    static void awaitUntil(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within " + limit);
            }
            Thread.sleep(100);
        }
    }
}
