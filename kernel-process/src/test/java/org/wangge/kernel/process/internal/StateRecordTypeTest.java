package org.wangge.kernel.process.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.cases.NonAcceptanceKind;
import org.wangge.kernel.model.cases.VerificationOutcome;
import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;

/**
 * The case's state record as stored in its variable row: the JSON text stays what earlier versions wrote, so a case
 * stored by them reads back unchanged (issue 16 ¶4).
 */
class StateRecordTypeTest {

    private static final StateRecordType<CaseProcess> TYPE = new StateRecordType<>("wanggeCaseProcess", CaseProcess.class);

    static CaseProcess everyComponentSet() {
        return new CaseProcess("K-1", CaseSource.values()[0], MatterCategory.values()[1], true, false, "G-510302-001",
                "W-1", "楼道堆放杂物", Instant.parse("2025-06-02T01:02:03Z"), "24h", "1wd", "5wd",
                new StartedUnder("zigong", "2024.1", "abc123", LocalDate.of(2025, 6, 2), 3), false,
                Instant.parse("2025-06-02T02:00:00Z"), Instant.parse("2025-06-02T03:00:00Z"),
                Set.of(DepartmentKind.PUBLIC_SECURITY), "ORG-1", DepartmentKind.PUBLIC_SECURITY, Instant.parse("2025-06-02T04:00:00Z"),
                true, 2, "不属本部门职责", Instant.parse("2025-06-03T04:00:00Z"), true, VerificationOutcome.RESOLVED,
                Instant.parse("2025-06-04T04:00:00Z"), 1, true, "ZG-15-02", "2wd", Instant.parse("2025-06-02T05:00:00Z"),
                NonAcceptanceKind.MERGED, "K-0");
    }

    /** What the hand-written codec of session 6 wrote for {@link #everyComponentSet()}. */
    static final String WRITTEN_BY_SESSION_6 = "{\"caseId\":\"K-1\",\"source\":\"WORKER_DISCOVERY\",\"category\":\"PUBLIC_OPINION\",\"safetyHazard\":true," +
            "\"obstruction\":false,\"gridId\":\"G-510302-001\",\"collectedBy\":\"W-1\",\"summary\":\"楼道堆放杂物\",\"collectedAt\":\"2025-06-02T01:02:03Z\"," +
            "\"reportLimit\":\"24h\",\"acceptLimit\":\"1wd\",\"handleLimit\":\"5wd\",\"startedUnder\":{\"rulePackName\":\"zigong\"," +
            "\"rulePackVersion\":\"2024.1\",\"rulePackHash\":\"abc123\",\"startedOn\":\"2025-06-02\",\"processDefinitionVersion\":3}," +
            "\"resolvedOnSpot\":false,\"reportedAt\":\"2025-06-02T02:00:00Z\",\"acceptedAt\":\"2025-06-02T03:00:00Z\"," +
            "\"responsibleKinds\":[\"PUBLIC_SECURITY\"],\"departmentId\":\"ORG-1\",\"departmentKind\":\"PUBLIC_SECURITY\"," +
            "\"assignedAt\":\"2025-06-02T04:00:00Z\",\"handedBack\":true,\"handBackCount\":2,\"lastHandBackReason\":\"不属本部门职责\"," +
            "\"fedBackAt\":\"2025-06-03T04:00:00Z\",\"verifiedResolved\":true,\"verification\":\"RESOLVED\",\"closedAt\":\"2025-06-04T04:00:00Z\"," +
            "\"supervisionCount\":1,\"overdue\":true,\"overdueRule\":\"ZG-15-02\",\"respondLimit\":\"2wd\",\"signedForAt\":\"2025-06-02T05:00:00Z\"," +
            "\"notAccepted\":\"MERGED\",\"mergedInto\":\"K-0\"}";

    @Test
    void a_state_record_is_stored_as_the_same_json_text_as_before_and_reads_back_equal() {
        CaseProcess p = everyComponentSet();
        assertEquals(WRITTEN_BY_SESSION_6, TYPE.encode(p));
        assertEquals(p, TYPE.decode(WRITTEN_BY_SESSION_6));
    }

    @Test
    void a_component_missing_from_the_text_reads_as_null_false_or_zero_and_an_unknown_name_is_ignored() {
        String text = "{\"caseId\":\"K-2\",\"source\":\"" + CaseSource.values()[0].name() + "\",\"category\":\""
                + MatterCategory.values()[1].name() + "\",\"gridId\":\"G-1\",\"collectedAt\":\"2025-06-02T01:02:03Z\","
                + "\"startedUnder\":{\"rulePackName\":\"zigong\",\"rulePackVersion\":\"2024.1\",\"rulePackHash\":\"h\","
                + "\"startedOn\":\"2025-06-02\",\"processDefinitionVersion\":1},\"aComponentOfALaterVersion\":[1,{\"x\":2}]}";
        CaseProcess p = TYPE.decode(text);
        assertEquals("K-2", p.caseId());
        assertFalse(p.safetyHazard());
        assertEquals(0, p.handBackCount());
        assertNull(p.departmentId());
        assertNull(p.notAccepted());
        assertTrue(p.responsibleKinds() == null || p.responsibleKinds().isEmpty());
    }
}
