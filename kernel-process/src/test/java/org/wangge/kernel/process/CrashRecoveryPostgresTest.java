package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.support.CrashChild;
import org.wangge.kernel.process.support.Fixtures;
import org.wangge.kernel.process.support.FlowCoverage;

/**
 * A separate JVM opens cases on PostgreSQL and is killed (SIGKILL) while it keeps writing; a new engine resumes
 * every case, task and timer, and no case is half-written. Skipped when PostgreSQL does not answer.
 */
class CrashRecoveryPostgresTest {

    @Test
    void a_new_engine_resumes_every_case_task_and_timer_of_a_killed_jvm() throws Exception {
        String url = Fixtures.freshPostgresDatabase();
        Path log = Files.createTempFile("wangge-crash-child", ".log");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", CrashChild.class.getName(), url,
                Fixtures.amendedPackDirectory().toString())
                .redirectError(log.toFile()).start();
        List<String> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            boolean ready = false;
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("READY")) {
                    ready = true;
                } else if (line.startsWith("COMMITTED ")) {
                    committed.add(line.substring("COMMITTED ".length()));
                    if (committed.size() == 3) {
                        break;
                    }
                }
            }
            assertThat(ready).as("the child JVM did not get ready; its log: %s\n%s", log, Files.readString(log)).isTrue();
            assertThat(committed).hasSize(3);
            child.destroyForcibly(); // SIGKILL, in the middle of writing the next case
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        try (WanggeProcesses resumed = Fixtures.builder(Fixtures.H2).jdbc(url, Fixtures.PG_USER, "").build()) {
            FlowCoverage.attach(resumed);
            CaseHandling cases = resumed.caseHandling();
            Fixtures.clock(resumed, LocalDateTime.of(2024, 9, 27, 11, 0));
            assertThat(cases.state("CR-collected").openSteps()).containsExactly(CaseStep.RESOLVE_OR_REPORT);
            assertThat(cases.state("CR-reported").openSteps()).containsExactly(CaseStep.ACCEPT);
            assertThat(cases.state("CR-assigned").openSteps()).containsExactly(CaseStep.HANDLE);
            assertThat(resumed.gridChangeFiling().state("CR-change").openSteps()).containsExactly("File with the city grid agency (ZG-07-03)");
            for (String id : committed) {
                assertThat(cases.state(id).openSteps()).containsExactly(CaseStep.ACCEPT);
                assertThat(cases.auditTrail(id)).extracting(AuditEntry::action).containsExactly("COLLECTED", "REPORTED");
            }
            // whatever the child was writing when it died is either all there or not there at all
            for (var pi : resumed.processEngine().getHistoryService().createHistoricProcessInstanceQuery().list()) {
                String id = pi.getBusinessKey();
                if (id.startsWith("CR-loop-") && !committed.contains(id)) {
                    List<String> actions = cases.auditTrail(id).stream().map(AuditEntry::action).toList();
                    assertThat(actions).isIn(List.of("COLLECTED"), List.of("COLLECTED", "REPORTED"));
                    assertThat(cases.state(id).openSteps()).hasSize(1);
                }
            }

            // timers survived: the handling limit of the assigned case and the filing reminder
            List<Job> timers = resumed.processEngine().getManagementService().createTimerJobQuery().list();
            assertThat(timers).extracting(j -> j.getJobHandlerConfiguration()).anySatisfy(c -> assertThat(c).contains("handleOverdue"))
                    .anySatisfy(c -> assertThat(c).contains("filingReminder"));
            Fixtures.clock(resumed, LocalDateTime.of(2024, 10, 11, 0, 0, 1));
            resumed.runDueTimers();
            assertThat(cases.state("CR-assigned").overdue()).isTrue();
            assertThat(cases.state("CR-assigned").overdueRule()).isEqualTo("ZG-15-03");

            // and every case can be taken to its end
            cases.feedBack("CR-assigned", CompliantCity.PUBLIC_SECURITY, "done after the restart");
            cases.verify("CR-assigned", VerificationOutcome.RESOLVED, "OP");
            cases.close("CR-assigned", "OP");
            cases.resolveOnSpot("CR-collected", CompliantCity.WORKER_COMMUNITY, "settled");
            cases.accept("CR-reported", "OP");
            assertThat(cases.state("CR-assigned").status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(cases.state("CR-collected").status()).isEqualTo(CaseStatus.RESOLVED_ON_SPOT);
            assertThat(cases.state("CR-reported").openSteps()).containsExactly(CaseStep.ASSIGN);
            resumed.gridChangeFiling().file("CR-change", CompliantCity.CITY_AGENCY, "after the crash");
            assertThat(resumed.gridChangeFiling().state("CR-change").status()).isEqualTo(SubjectStatus.COMPLETED);
        } finally {
            Fixtures.dropPostgresDatabase(url);
            Files.deleteIfExists(log);
        }
    }
}
