package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.testdata.CompliantCity;
import org.wangge.kernel.process.internal.CaseProcess;
import org.wangge.kernel.process.support.Fixtures;

/**
 * How a case's state record is stored (issue 16 ¶4): as JSON text in the variable row, with no byte-array rows; a case
 * started by the older version (the record Java-serialised) goes on under this one and is stored as JSON from its
 * next step; and the history level is a setting.
 */
class CaseStateStorageH2Test {

    private static final String OPERATOR = "OP-1";

    private static NewCase dispute(String id) {
        return new NewCase(id, CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, CompliantCity.COMMUNITY_GRID,
                CompliantCity.WORKER_COMMUNITY, "neighbours' dispute over noise");
    }

    private static String url() {
        return "jdbc:h2:mem:state-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** @return type, text and byte-array id of the case record's runtime and history rows */
    private static List<String> rows(String url) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST")) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT " + (table.startsWith("ACT_RU") ? "TYPE_" : "VAR_TYPE_")
                        + ", TEXT_, BYTEARRAY_ID_ FROM " + table + " WHERE NAME_ = '" + CaseProcess.NAME + "'")) {
                    while (rs.next()) {
                        out.add(table + " " + rs.getString(1) + " " + (rs.getString(2) != null ? "text" : "no-text") + " "
                                + (rs.getString(3) != null ? "bytes" : "no-bytes"));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void the_case_record_is_json_text_without_byte_array_rows() throws Exception {
        String url = url();
        try (WanggeProcesses p = Fixtures.builder(Fixtures.H2).jdbc(url, "sa", "").build()) {
            CaseHandling cases = p.caseHandling();
            cases.reportCase(dispute("C-JSON-1"));
            cases.accept("C-JSON-1", OPERATOR);
            assertThat(rows(url)).containsExactlyInAnyOrder("ACT_RU_VARIABLE " + WanggeProcesses.CASE_STATE_TYPE + " text no-bytes",
                    "ACT_HI_VARINST " + WanggeProcesses.CASE_STATE_TYPE + " text no-bytes");
            assertThat(cases.state("C-JSON-1").responsibleDepartmentKinds()).contains(DepartmentKind.JUSTICE_ADMINISTRATION);
        }
    }

    @Test
    void a_case_stored_serialised_by_the_older_version_goes_on_and_is_stored_as_json_from_its_next_step() throws Exception {
        String url = url();
        try (WanggeProcesses old = Fixtures.builder(Fixtures.H2).jdbc(url, "sa", "").stateAsText(false).build()) {
            old.caseHandling().reportCase(dispute("C-OLD-1"));
            old.caseHandling().accept("C-OLD-1", OPERATOR);
        }
        assertThat(rows(url)).containsExactlyInAnyOrder("ACT_RU_VARIABLE serializable no-text bytes", "ACT_HI_VARINST serializable no-text bytes");
        try (WanggeProcesses now = Fixtures.builder(Fixtures.H2).jdbc(url, "sa", "").build()) {
            CaseHandling cases = now.caseHandling();
            assertThat(cases.state("C-OLD-1").openSteps()).containsExactly(CaseStep.ASSIGN); // read from the serialised record
            cases.assign("C-OLD-1", Fixtures.JUSTICE, OPERATOR);
            assertThat(rows(url)).containsExactlyInAnyOrder("ACT_RU_VARIABLE " + WanggeProcesses.CASE_STATE_TYPE + " text no-bytes",
                    "ACT_HI_VARINST " + WanggeProcesses.CASE_STATE_TYPE + " text no-bytes");
            cases.feedBack("C-OLD-1", Fixtures.JUSTICE, "mediated");
            cases.verify("C-OLD-1", VerificationOutcome.RESOLVED, OPERATOR);
            cases.close("C-OLD-1", OPERATOR);
            CaseState closed = cases.state("C-OLD-1");
            assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(closed.departmentId()).isEqualTo(Fixtures.JUSTICE);
            assertThat(cases.auditTrail("C-OLD-1").stream().map(AuditEntry::action).toList())
                    .containsExactly("COLLECTED", "REPORTED", "ACCEPTED", "ROUTED", "ASSIGNED", "FED_BACK", "VERIFIED", "CLOSED");
        }
    }

    @Test
    void at_history_level_activity_a_case_runs_through_with_its_audit_trail_and_no_historic_tasks() throws Exception {
        String url = url();
        try (WanggeProcesses p = Fixtures.builder(Fixtures.H2).jdbc(url, "sa", "").history(ProcessHistory.ACTIVITY).build()) {
            CaseHandling cases = p.caseHandling();
            cases.reportCase(dispute("C-ACT-1"));
            cases.accept("C-ACT-1", OPERATOR);
            cases.assign("C-ACT-1", Fixtures.JUSTICE, OPERATOR);
            cases.feedBack("C-ACT-1", Fixtures.JUSTICE, "mediated");
            cases.verify("C-ACT-1", VerificationOutcome.RESOLVED, OPERATOR);
            cases.close("C-ACT-1", OPERATOR);
            assertThat(cases.state("C-ACT-1").status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(cases.auditTrail("C-ACT-1").stream().map(AuditEntry::action).toList())
                    .containsExactly("COLLECTED", "REPORTED", "ACCEPTED", "ROUTED", "ASSIGNED", "FED_BACK", "VERIFIED", "CLOSED");
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                    ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM ACT_HI_TASKINST")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
