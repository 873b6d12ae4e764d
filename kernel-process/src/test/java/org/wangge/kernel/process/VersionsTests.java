package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.internal.CaseSteps;
import org.wangge.kernel.process.support.Fixtures;

/**
 * Versions stick: a case keeps the process-definition version and the rule-pack version (and the limits of
 * that pack) it started under when a new process version is deployed and a new pack comes into force mid-case.
 */
abstract class VersionsTests extends OnDatabase {

    NewCase dispute(String id) {
        return new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, CompliantCity.COMMUNITY_GRID,
                CompliantCity.WORKER_COMMUNITY, "dispute");
    }

    @Test
    void a_case_keeps_its_process_and_rule_pack_versions_when_new_ones_arrive_mid_case() throws IOException {
        CaseHandling cases = processes.caseHandling();
        Fixtures.clock(processes, LocalDateTime.of(2024, 12, 30, 9, 0)); // Monday, under pack 2024.1
        String old = "V-" + database() + "-old";
        cases.reportCase(dispute(old));
        cases.accept(old, "OP");
        CaseState before = cases.state(old);
        assertThat(before.rulePackVersion()).isEqualTo("2024.1");
        int oldVersion = before.processDefinitionVersion();
        assertThat(processes.processEngine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CaseSteps.PROCESS).latestVersion().singleResult().getVersion()).isEqualTo(oldVersion);

        // a new version of the case-handling process is deployed mid-case
        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WanggeProcesses.BPMN_FOLDER + "case-handling.bpmn20.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        processes.processEngine().getRepositoryService().createDeployment().name("amended case handling")
                .addString("case-handling.bpmn20.xml", xml.replace("Case handling (Art. 9, 14, 15, 23)", "Case handling, amended"))
                .deploy();
        ProcessDefinition latest = processes.processEngine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CaseSteps.PROCESS).latestVersion().singleResult();
        assertThat(latest.getVersion()).isEqualTo(oldVersion + 1);

        // and the amended rule pack comes into force on 2025-01-01, with a 3-working-day handling limit
        Fixtures.clock(processes, LocalDateTime.of(2025, 1, 2, 9, 0)); // Thursday
        String fresh = "V-" + database() + "-new";
        cases.reportCase(dispute(fresh));
        CaseState newer = cases.state(fresh);
        assertThat(newer.processDefinitionVersion()).isEqualTo(oldVersion + 1);
        assertThat(newer.rulePackVersion()).isEqualTo(Fixtures.AMENDED_VERSION);

        CaseState after = cases.state(old);
        assertThat(after.processDefinitionVersion()).isEqualTo(oldVersion);
        assertThat(after.rulePackVersion()).isEqualTo("2024.1");
        assertThat(processes.processEngine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(old)
                .singleResult().getProcessDefinitionVersion()).isEqualTo(oldVersion);

        // both are assigned on 2025-01-02; the old case keeps its pack's 5 working days, the new one gets 3
        cases.assign(old, CompliantCity.PUBLIC_SECURITY, "OP");
        cases.accept(fresh, "OP");
        cases.assign(fresh, CompliantCity.PUBLIC_SECURITY, "OP");
        cases.signFor(old, CompliantCity.PUBLIC_SECURITY); // 签收 at once: only the feedback limits are under test (ZG-15-04)
        cases.signFor(fresh, CompliantCity.PUBLIC_SECURITY);
        Fixtures.clock(processes, LocalDateTime.of(2025, 1, 8, 0, 0, 1)); // after Tue 01-07 (3 working days), before Thu 01-09 (5)
        processes.runDueTimers();
        assertThat(cases.state(fresh).overdue()).isTrue();
        assertThat(cases.state(old).overdue()).isFalse();
        Fixtures.clock(processes, LocalDateTime.of(2025, 1, 10, 0, 0, 1));
        processes.runDueTimers();
        assertThat(cases.state(old).overdue()).isTrue();

        // the old case completes on its old process version
        cases.feedBack(old, CompliantCity.PUBLIC_SECURITY, "done");
        cases.verify(old, VerificationOutcome.RESOLVED, "OP");
        cases.close(old, "OP");
        assertThat(cases.state(old).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(processes.processEngine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(old)
                .singleResult().getProcessDefinitionVersion()).isEqualTo(oldVersion);
    }

    @Test
    void restarting_on_the_same_database_deploys_no_new_version_of_unchanged_files() {
        long before = processes.processEngine().getRepositoryService().createDeploymentQuery().count();
        if (Fixtures.H2.equals(database())) {
            return; // an in-memory database does not outlive its engine; the PostgreSQL variant restarts
        }
        String url = processes.processEngine().getProcessEngineConfiguration().getJdbcUrl();
        try (WanggeProcesses again = Fixtures.builder(Fixtures.H2).jdbc(url, Fixtures.PG_USER, "").build()) {
            assertThat(again.processEngine().getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
        }
    }
}
