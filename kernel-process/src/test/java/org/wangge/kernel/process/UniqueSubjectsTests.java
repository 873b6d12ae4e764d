package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.internal.CaseSteps;
import org.wangge.kernel.process.support.Fixtures;

/**
 * A case id is unique: concurrent reports of one id give one case and a clear refusal for every other (the id's
 * claim is a primary key written in the transaction that starts the case). Run on H2 ({@link UniqueSubjectsH2Test})
 * and PostgreSQL ({@link UniqueSubjectsPostgresTest}).
 */
abstract class UniqueSubjectsTests extends OnDatabase {

    private static final AtomicInteger IDS = new AtomicInteger();
    private static final int REPORTERS = 6;
    private static final int ROUNDS = 10;

    @Test
    void concurrent_reports_of_one_case_id_give_one_case_and_a_clear_refusal_for_every_other() throws Exception {
        Fixtures.clock(processes, LocalDateTime.of(2024, 9, 27, 10, 0));
        CaseHandling cases = processes.caseHandling();
        ExecutorService pool = Executors.newFixedThreadPool(REPORTERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String id = "DUP-" + database() + "-" + IDS.incrementAndGet();
                CyclicBarrier start = new CyclicBarrier(REPORTERS);
                List<Future<String>> reports = new ArrayList<>();
                for (int r = 0; r < REPORTERS; r++) {
                    reports.add(pool.submit(() -> {
                        start.await(20, TimeUnit.SECONDS);
                        return cases.reportCase(new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false,
                                CompliantCity.COMMUNITY_GRID, CompliantCity.WORKER_COMMUNITY, "dispute"));
                    }));
                }
                int reported = 0;
                List<Throwable> refusals = new ArrayList<>();
                for (Future<String> f : reports) {
                    try {
                        f.get(60, TimeUnit.SECONDS);
                        reported++;
                    } catch (ExecutionException e) {
                        refusals.add(e.getCause());
                    }
                }
                assertThat(reported).as("reports of %s that succeeded (round %d)", id, round).isEqualTo(1);
                assertThat(refusals).hasSize(REPORTERS - 1).allSatisfy(e -> assertThat(e).isInstanceOf(StepRefusedException.class)
                        .hasMessage("case " + id + " already exists; case ids are unique"));
                assertThat(processes.processEngine().getHistoryService().createHistoricProcessInstanceQuery()
                        .processDefinitionKey(CaseSteps.PROCESS).processInstanceBusinessKey(id).count()).isEqualTo(1);
                // and the one case can be read and advanced
                assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.ACCEPT);
                assertThat(cases.auditTrail(id)).extracting(AuditEntry::action).containsExactly("COLLECTED", "REPORTED");
                cases.accept(id, "OP");
                assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.ASSIGN);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_case_id_reported_again_later_is_refused_and_the_first_case_is_untouched() {
        Fixtures.clock(processes, LocalDateTime.of(2024, 9, 27, 10, 0));
        CaseHandling cases = processes.caseHandling();
        String id = "DUP-" + database() + "-" + IDS.incrementAndGet();
        NewCase c = new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, CompliantCity.COMMUNITY_GRID,
                CompliantCity.WORKER_COMMUNITY, "dispute");
        cases.reportCase(c);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cases.collect(c)).isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("already exists");
        assertThat(cases.auditTrail(id)).extracting(AuditEntry::action).containsExactly("COLLECTED", "REPORTED");
    }
}
