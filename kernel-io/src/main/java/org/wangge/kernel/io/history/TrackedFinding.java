package org.wangge.kernel.io.history;

import java.time.LocalDate;
import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Severity;

/**
 * A finding as the ledger follows it across checks: by its key (constraint, subject kind, subject id).
 *
 * @param key          {@link CheckHistory#keyOf(org.wangge.kernel.rules.Finding)}
 * @param constraintId its constraint
 * @param article      its article
 * @param severity     its severity (in the latest check that had it)
 * @param basis        its basis
 * @param subjectKind  its subject's kind
 * @param subjectId    its subject's id, masked
 * @param status       new, persisting or resolved
 * @param firstSeen    the as-of of the first check of its unbroken run of checks
 * @param ageDays      days from {@code firstSeen} to the current check's as-of (0 for a new finding); for a resolved
 *                     finding, to the as-of of the check that no longer had it
 */
public record TrackedFinding(String key, String constraintId, int article, Severity severity, Basis basis, String subjectKind,
        String subjectId, FindingStatus status, LocalDate firstSeen, long ageDays) {
}
