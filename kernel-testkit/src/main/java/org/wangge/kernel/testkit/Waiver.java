package org.wangge.kernel.testkit;

import java.time.LocalDate;
import java.util.Objects;
import org.wangge.kernel.rules.Finding;

/**
 * A documented exception to compliance: one constraint on one subject (or all subjects), with a
 * justification and an expiry date. An expired waiver fails the compliance assertion, so waivers
 * cannot outlive their reason unnoticed.
 *
 * @param constraintId the constraint waived
 * @param subjectId    the subject's id, or null for every subject
 * @param justification why, in words a reviewer can judge
 * @param expires      the last day the waiver holds
 */
public record Waiver(String constraintId, String subjectId, String justification, LocalDate expires) {

    /** Requires a justification and an expiry date. */
    public Waiver {
        Objects.requireNonNull(constraintId, "Waiver.constraintId");
        if (justification == null || justification.isBlank()) {
            throw new IllegalArgumentException("waiver of " + constraintId + (subjectId == null ? "" : " on " + subjectId)
                    + " needs a justification");
        }
        if (expires == null) {
            throw new IllegalArgumentException("waiver of " + constraintId + " needs an expiry date");
        }
    }

    /**
     * @param constraintId  the constraint
     * @param subjectId     the subject, or null for all
     * @param justification why
     * @param expires       last day it holds
     * @return the waiver
     */
    public static Waiver of(String constraintId, String subjectId, String justification, LocalDate expires) {
        return new Waiver(constraintId, subjectId, justification, expires);
    }

    /**
     * @param f a finding
     * @return whether this waiver covers it
     */
    public boolean covers(Finding f) {
        return f.constraintId().equals(constraintId) && (subjectId == null || subjectId.equals(f.subject().id()));
    }

    /**
     * @param today the day of the test run
     * @return whether the waiver has expired
     */
    public boolean isExpiredOn(LocalDate today) {
        return today.isAfter(expires);
    }

    @Override
    public String toString() {
        return constraintId + (subjectId == null ? "" : " on " + subjectId) + " until " + expires + " (" + justification + ")";
    }
}
