package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.support.Fixtures;
import org.wangge.kernel.process.support.FlowCoverage;

/**
 * Every façade input is checked before the engine sees it: blank and over-long ids, and grids, workers,
 * departments and operators the host did not register, are refused with the field named; an engine or SQL
 * failure reaches the caller as a {@link WanggeProcessException} without SQL text. On H2 only: the checks do not
 * depend on the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputValidationTest {

    static final String GRID = CompliantCity.COMMUNITY_GRID;
    static final String WORKER = CompliantCity.WORKER_COMMUNITY;
    static final String OPERATOR = "OP-1";

    WanggeProcesses processes;
    CaseHandling cases;

    @BeforeAll
    void start() {
        processes = Fixtures.builder(Fixtures.H2).operators(List.of(OPERATOR)).build();
        FlowCoverage.attach(processes);
        cases = processes.caseHandling();
        Fixtures.clock(processes, LocalDateTime.of(2024, 9, 27, 10, 0));
    }

    @AfterAll
    void stop() {
        Fixtures.stop(processes);
    }

    static NewCase kase(String id, String grid, String worker) {
        return new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, grid, worker, "noise");
    }

    static void refused(ThrowingCallable call, String field, String... words) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field))
                .hasMessageContaining(field).hasMessageContaining(words.length == 0 ? field : words[0]);
    }

    @Test
    void a_blank_case_id_is_refused_naming_the_field() {
        refused(() -> cases.collect(kase(" ", GRID, WORKER)), "caseId", "blank");
        refused(() -> cases.state(""), "case id", "blank");
        refused(() -> cases.accept("\t", OPERATOR), "case id", "blank");
    }

    @Test
    void a_ten_thousand_character_id_is_refused_before_the_database_sees_it() {
        String huge = "C".repeat(10_000);
        refused(() -> cases.collect(kase(huge, GRID, WORKER)), "caseId", "10000 characters");
        refused(() -> cases.state(huge), "case id", "at most 255");
        refused(() -> cases.accept(huge, OPERATOR), "case id", "at most 255");
        assertThatThrownBy(() -> cases.collect(kase(huge, GRID, WORKER))).message().hasSizeLessThan(300).doesNotContain("SQL", "INSERT");
    }

    @Test
    void an_unknown_grid_worker_or_operator_is_refused_naming_the_field() {
        refused(() -> cases.collect(kase("IV-1", "G-NOWHERE", WORKER)), "gridId", "G-NOWHERE");
        refused(() -> cases.collect(kase("IV-2", GRID, "W-NOBODY")), "collectedById", "W-NOBODY");
        cases.reportCase(kase("IV-3", GRID, WORKER));
        refused(() -> cases.accept("IV-3", "OP-NOBODY"), "operatorId", "OP-NOBODY");
        refused(() -> cases.accept("IV-3", " "), "operatorId", "blank");
        cases.accept("IV-3", OPERATOR);
        refused(() -> cases.assign("IV-3", " ", OPERATOR), "departmentId", "blank");
        assertThatThrownBy(() -> cases.assign("IV-3", "ORG-NOWHERE", OPERATOR)).isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("departmentId").hasMessageContaining("ORG-NOWHERE");
        refused(() -> cases.assign("IV-3", CompliantCity.PUBLIC_SECURITY, "OP-NOBODY"), "operatorId", "OP-NOBODY");
        cases.assign("IV-3", CompliantCity.PUBLIC_SECURITY, OPERATOR);
        refused(() -> cases.feedBack("IV-3", "", "done"), "departmentId", "blank");
        cases.feedBack("IV-3", CompliantCity.PUBLIC_SECURITY, "done");
        refused(() -> cases.verify("IV-3", null, OPERATOR), "outcome", "missing");
        refused(() -> cases.verify("IV-3", VerificationOutcome.RESOLVED, "OP-NOBODY"), "operatorId");
        cases.verify("IV-3", VerificationOutcome.RESOLVED, OPERATOR);
        refused(() -> cases.close("IV-3", (String) null), "operatorId", "missing");
        cases.close("IV-3", OPERATOR);
        // nothing the refusals tried was written
        assertThat(cases.auditTrail("IV-3")).extracting(AuditEntry::action)
                .containsExactly("COLLECTED", "REPORTED", "ACCEPTED", "ROUTED", "ASSIGNED", "FED_BACK", "VERIFIED", "CLOSED");
        assertThatThrownBy(() -> cases.state("IV-1")).isInstanceOf(UnknownSubjectException.class);
    }

    @Test
    void an_engine_or_sql_failure_reaches_the_caller_as_a_kernel_exception_without_sql_text() throws Exception {
        try (WanggeProcesses broken = Fixtures.builder(Fixtures.H2).build()) {
            Fixtures.clock(broken, LocalDateTime.of(2024, 9, 27, 10, 0));
            String url = broken.processEngine().getProcessEngineConfiguration().getJdbcUrl();
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("DROP TABLE ACT_HI_COMMENT"); // the audit trail's table: every start and step writes to it
            }
            assertThatThrownBy(() -> broken.caseHandling().reportCase(kase("IV-BROKEN", GRID, WORKER)))
                    .isExactlyInstanceOf(WanggeProcessException.class)
                    .hasNoCause()
                    .hasMessageContaining("IV-BROKEN").hasMessageContaining("failed in the process engine").hasMessageContaining("SQL state")
                    .message().doesNotContain("INSERT", "ACT_", "###", "select", "SELECT");
        }
    }
}
