package org.wangge.kernel.process.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.conduct.ConductKind;
import org.wangge.kernel.model.grid.GridChangeKind;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.matter.MatterNature;
import org.wangge.kernel.model.matter.SupportKind;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.rules.ConsequenceLevel;

/** The typed state records: they survive Java serialization (Flowable's serializable variables), copy as steps change them. */
class ProcessStateRecordsTest {

    private static final StartedUnder STARTED = new StartedUnder("zigong", "2024.1", "0f".repeat(32), LocalDate.of(2025, 6, 2), 3);
    private static final Instant AT = Instant.parse("2025-06-02T01:00:00Z");

    static CaseProcess kase() {
        return CaseProcess.collected("C-1", CaseSource.RESIDENT_DEMAND, MatterCategory.DISPUTES, false, false, "G-1", "W-1", "noise",
                AT, "PT24H", "1 working days", "5 working days", STARTED);
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void every_state_record_survives_serialization_unchanged() throws Exception {
        CaseProcess routed = kase().with(d -> {
            d.responsibleKinds = EnumSet.of(DepartmentKind.PUBLIC_SECURITY, DepartmentKind.JUSTICE_ADMINISTRATION);
            d.verification = VerificationOutcome.RESOLVED;
        });
        GridChangeProcess change = GridChangeProcess.proposed("GC-1", GridChangeKind.ADJUSTMENT, List.of("G-1", "G-2"), "ORG-A",
                LocalDate.of(2025, 6, 1), 30, AT, AT, STARTED).checked(List.of("ZG-07-01 …"), List.of());
        AdmissionProcess admission = AdmissionProcess.applied("A-1", "D-1", "M-1", "matter", MatterCategory.PUBLICITY,
                MatterNature.PUBLICITY, "L-1", List.of("G-1"), "purpose", "ORG-CITY", STARTED)
                .resourcesConfirmed(2, new BigDecimal("100.50"), EnumSet.of(SupportKind.TRAINING), List.of("ZG-11-03: …"));
        MisconductProcess misconduct = new MisconductProcess("MC-1", MisconductProcess.COMPLAINT, "W-1", ConductKind.PRIVATE_GAIN,
                LocalDate.of(2025, 6, 1), null, null, null, STARTED, true, ConsequenceLevel.DISCIPLINARY, "ZG-13-03");
        for (Object state : List.of(routed, change, admission, misconduct)) {
            assertThat(roundTrip(state)).isEqualTo(state);
        }
        // in the order of DepartmentKind, as the audit trail and refusals print them (the old EnumSet order)
        assertThat(roundTrip(routed).responsibleKindNames()).isEqualTo("PUBLIC_SECURITY,JUSTICE_ADMINISTRATION");
        CaseProcess several = kase().with(d -> d.responsibleKinds = EnumSet.of(DepartmentKind.FIRE_RESCUE,
                DepartmentKind.CIVIL_AFFAIRS, DepartmentKind.HEALTH));
        assertThat(roundTrip(several).responsibleKindNames()).isEqualTo("CIVIL_AFFAIRS,HEALTH,FIRE_RESCUE");
    }

    @Test
    void a_step_changes_a_copy_and_the_query_variables_follow_the_record() {
        CaseProcess collected = kase();
        CaseProcess assigned = collected.with(d -> d.departmentId = "D-9");
        assertThat(collected.departmentId()).isNull();
        assertThat(assigned.departmentId()).isEqualTo("D-9");
        assertThat(assigned.caseId()).isEqualTo("C-1");
        assertThat(assigned.startedUnder()).isEqualTo(STARTED);
        Map<String, Object> v = assigned.with(d -> d.overdue = true).variables();
        assertThat(v).containsEntry(CaseProcess.DEPARTMENT, "D-9").containsEntry(CaseProcess.GRID, "G-1")
                .containsEntry(CaseProcess.OVERDUE, true).containsKey(CaseProcess.NAME);
    }

    @Test
    void a_done_step_lifts_the_overdue_flag_only_when_its_deadline_raised_it() {
        CaseProcess late = kase().with(d -> {
            d.overdue = true;
            d.overdueRule = "ZG-14-01";
        });
        assertThat(late.with(d -> d.clearOverdue("ZG-15-01")).overdue()).isTrue();
        assertThat(late.with(d -> d.clearOverdue("ZG-14-01")).overdue()).isFalse();
        assertThat(late.with(d -> d.clearOverdue("ZG-14-01")).overdueRule()).isEqualTo("ZG-14-01");
    }

    @Test
    void an_instance_without_its_record_is_refused_with_what_to_do() {
        assertThatThrownBy(() -> CaseProcess.of(Map.of("caseId", "C-1", "collectedBy", "W-1"), "C-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("case C-1").hasMessageContaining("CaseProcess").hasMessageContaining("caseProcess")
                .hasMessageContaining("older version");
        assertThatThrownBy(() -> GridChangeProcess.of(Map.of(GridChangeProcess.NAME, "not a record"), "GC-1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("grid change GC-1").hasMessageContaining("java.lang.String");
    }

    @Test
    void collections_are_copied_and_immutable() {
        Set<DepartmentKind> kinds = EnumSet.of(DepartmentKind.HEALTH);
        CaseProcess p = kase().with(d -> d.responsibleKinds = kinds);
        kinds.add(DepartmentKind.CIVIL_AFFAIRS);
        assertThat(p.responsibleKinds()).containsExactly(DepartmentKind.HEALTH);
        assertThatThrownBy(() -> p.responsibleKinds().add(DepartmentKind.OTHER)).isInstanceOf(UnsupportedOperationException.class);
    }
}
