package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.support.Fixtures;

/**
 * Processes that know the organisations but not the grids' divisions cannot check an operator's jurisdiction: the
 * platform steps are refused (fail closed) saying how to register the grids, and the refusal is recorded.
 */
class JurisdictionUnknownH2Test {

    @Test
    void without_the_grids_divisions_an_operators_step_is_refused_saying_how_to_register_them() {
        try (WanggeProcesses processes = WanggeProcesses.builder().rules(Fixtures.rules()).organisations(Fixtures.organisations())
                .engineName("jurisdiction-unknown").build()) {
            Fixtures.clock(processes, LocalDateTime.of(2024, 9, 27, 10, 0));
            CaseHandling cases = processes.caseHandling();
            String id = cases.reportCase(new NewCase("JU-1", CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false,
                    CompliantCity.COMMUNITY_GRID, null, "noise"), Actor.gridWorker(CompliantCity.WORKER_COMMUNITY, CompliantCity.COMMUNITY_GRID));
            assertThatThrownBy(() -> cases.accept(id, Actor.platformOperator("OP-CITY", "510300")))
                    .isInstanceOfSatisfying(StepRefusedException.class, e -> {
                        assertThat(e.step()).isEqualTo("accept");
                        assertThat(e.getMessage()).contains("do not know which divisions grid " + CompliantCity.COMMUNITY_GRID,
                                "WanggeProcesses.Builder.city or .grids");
                    });
            assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("REFUSED")).hasSize(1);
            assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.ACCEPT);
        }
    }
}
