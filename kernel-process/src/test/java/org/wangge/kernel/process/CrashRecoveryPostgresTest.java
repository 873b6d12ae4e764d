package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
 * A separate JVM opens cases on PostgreSQL and is killed (SIGKILL) INSIDE a transaction: while it holds the flushed,
 * uncommitted rows of a new case and waits in a JDBC statement. A new engine resumes every committed case, task, audit
 * entry and timer (each timer fires exactly once), and nothing of the case in flight is there. Skipped when PostgreSQL
 * does not answer (a failure when it is required).
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
        boolean inside = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            boolean ready = false;
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("READY")) {
                    ready = true;
                } else if (line.startsWith("COMMITTED ")) {
                    committed.add(line.substring("COMMITTED ".length()));
                } else if (line.equals("INSIDE " + CrashChild.IN_FLIGHT)) {
                    inside = true;
                    break;
                }
            }
            assertThat(ready).as("the child JVM did not get ready; its log: %s\n%s", log, Files.readString(log)).isTrue();
            assertThat(committed).hasSize(3);
            assertThat(inside).as("the child never blocked inside the transaction of %s; its log:\n%s", CrashChild.IN_FLIGHT,
                    Files.readString(log)).isTrue();
            // the in-flight transaction is open, its rows written but uncommitted, while the child waits in a statement
            try (Connection c = DriverManager.getConnection(url, Fixtures.PG_USER, ""); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%pg_sleep(600)%'"
                            + " AND pid <> pg_backend_pid()")) {
                r.next();
                assertThat(r.getInt(1)).as("the child's transaction is open and blocked in a statement").isEqualTo(1);
            }
            child.destroyForcibly(); // SIGKILL, inside the transaction
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // the server notices the dead client (client_connection_check_interval) and rolls its transaction back
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int left;
            do {
                Thread.sleep(200);
                try (Connection c = DriverManager.getConnection(url, Fixtures.PG_USER, ""); Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(600)%'"
                                + " AND pid <> pg_backend_pid()")) {
                    r.next();
                    left = r.getInt(1);
                }
            } while (left > 0 && System.nanoTime() < until);
            assertThat(left).as("the killed child's transaction is still open on the server").isZero();
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
            // what the child was writing when it died is not there at all: no case, task, timer, audit entry or id claim
            assertThatThrownBy(() -> cases.state(CrashChild.IN_FLIGHT)).isInstanceOf(UnknownSubjectException.class);
            var engine = resumed.processEngine();
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).as("cases and the grid change").isEqualTo(7);
            assertThat(engine.getTaskService().createTaskQuery().count()).as("one open task per open subject").isEqualTo(7);
            try (Connection c = DriverManager.getConnection(url, Fixtures.PG_USER, ""); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM WANGGE_SUBJECT_ID WHERE SUBJECT_ID = '" + CrashChild.IN_FLIGHT + "'")) {
                r.next();
                assertThat(r.getInt(1)).as("the in-flight case's id claim").isZero();
            }
            // no audit entry, variable or task outlives its process instance (one written outside the case's transaction would)
            for (String[] table : List.of(new String[] {"ACT_HI_COMMENT", "PROC_INST_ID_"}, new String[] {"ACT_RU_VARIABLE", "PROC_INST_ID_"},
                    new String[] {"ACT_RU_TASK", "PROC_INST_ID_"}, new String[] {"ACT_RU_TIMER_JOB", "PROCESS_INSTANCE_ID_"})) {
                try (Connection c = DriverManager.getConnection(url, Fixtures.PG_USER, ""); Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table[0] + " x WHERE x." + table[1] + " IS NOT NULL AND NOT EXISTS"
                                + " (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.ID_ = x." + table[1] + ")")) {
                    r.next();
                    assertThat(r.getInt(1)).as("rows of %s whose process instance is not there", table[0]).isZero();
                }
            }

            // every timer of every committed case is there and fires exactly once: the report limit of the collected case,
            // the acceptance limits of the four reported cases, the sign-for and handling limits of the assigned one (and the
            // filing reminder and grace end of the change, not yet due)
            List<Job> timers = engine.getManagementService().createTimerJobQuery().list();
            assertThat(timers).hasSize(9);
            assertThat(timers).extracting(Job::getJobHandlerConfiguration).anySatisfy(c -> assertThat(c).contains("handleOverdue"))
                    .anySatisfy(c -> assertThat(c).contains("filingReminder"));
            Fixtures.clock(resumed, LocalDateTime.of(2024, 10, 11, 0, 0, 1));
            assertThat(resumed.runDueTimers()).as("timers due after the restart").isEqualTo(7);
            assertThat(resumed.runDueTimers()).as("timers firing a second time").isZero();
            List<String> open = new ArrayList<>(committed);
            open.addAll(List.of("CR-collected", "CR-reported", "CR-assigned"));
            for (String id : open) {
                // the assigned case was never signed for either: its sign-for limit (ZG-15-04) is supervised too
                assertThat(cases.auditTrail(id)).filteredOn(e -> e.action().equals("SUPERVISED")).as("supervisions of %s", id)
                        .hasSize(id.equals("CR-assigned") ? 2 : 1);
                assertThat(cases.state(id).overdue()).isTrue();
            }
            assertThat(cases.state("CR-assigned").overdueRule()).isEqualTo("ZG-15-03");
            assertThat(cases.state("CR-collected").overdueRule()).isEqualTo("ZG-14-01");
            assertThat(cases.state("CR-reported").overdueRule()).isEqualTo("ZG-15-01");

            // the id of the lost case is free again: reporting it now gives one whole case
            Fixtures.clock(resumed, LocalDateTime.of(2024, 10, 11, 9, 0));
            cases.reportCase(CrashChild.dispute(CrashChild.IN_FLIGHT));
            assertThat(cases.auditTrail(CrashChild.IN_FLIGHT)).extracting(AuditEntry::action).containsExactly("COLLECTED", "REPORTED");

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
