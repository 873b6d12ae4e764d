package org.wangge.kernel.io.history;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One check recorded in the {@link ComplianceLedger}.
 *
 * @param id           the ledger's number for it (increasing in recording order)
 * @param jurisdiction the snapshot's jurisdiction
 * @param packName     the rule pack's name
 * @param packVersion  the rule pack's version
 * @param asOf         the day the check ran as of
 * @param recordedAt   when it was recorded
 * @param violations   its VIOLATION findings
 * @param warnings     its WARNING findings
 * @param notices      its NOTICE findings
 */
public record RecordedCheck(long id, String jurisdiction, String packName, String packVersion, LocalDate asOf, Instant recordedAt,
        long violations, long warnings, long notices) {

    /** @return all its findings */
    public long total() {
        return violations + warnings + notices;
    }
}
