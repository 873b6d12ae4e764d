package org.wangge.kernel.io.report;

import java.time.LocalDate;
import java.util.Objects;
import org.wangge.kernel.rules.Finding;

/**
 * A documented exception shown in a report (豁免): one constraint on one subject (or on all), why, and until when.
 * A report marks each finding it covers as waived, or as its waiver expired when the check's as-of is after the
 * expiry. (The test kit's {@code Waiver} is the same exception for host test suites.)
 *
 * @param constraintId  the constraint waived
 * @param subjectId     the subject's id, or null for every subject
 * @param justification why
 * @param expires       the last day it holds
 */
public record ReportWaiver(String constraintId, String subjectId, String justification, LocalDate expires) {

    /** Requires a constraint, a justification and an expiry. */
    public ReportWaiver {
        Objects.requireNonNull(constraintId, "constraintId");
        Objects.requireNonNull(expires, "expires");
        if (justification == null || justification.isBlank()) {
            throw new IllegalArgumentException("a waiver of " + constraintId + " needs a justification");
        }
    }

    /**
     * @param f a finding
     * @return whether this waiver covers it
     */
    public boolean covers(Finding f) {
        return f.constraintId().equals(constraintId) && (subjectId == null || subjectId.equals(f.subject().id()));
    }

    /**
     * @param day a day
     * @return whether the waiver no longer holds on it
     */
    public boolean expiredOn(LocalDate day) {
        return day.isAfter(expires);
    }
}
