package org.wangge.kernel.testkit.scenario;

import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * A finding a scenario expects: a constraint, and optionally the subject's id and the severity.
 *
 * @param constraintId the constraint, e.g. {@code ZG-07-03}
 * @param subjectId    the subject's id, or null for any
 * @param severity     the severity, or null for any
 * @param line         the line in the scenario file
 */
public record ExpectedFinding(String constraintId, String subjectId, Severity severity, int line) {

    /**
     * @param f a finding
     * @return whether it is what this expectation describes
     */
    public boolean matches(Finding f) {
        return f.constraintId().equals(constraintId)
                && (subjectId == null || f.subject().id().equals(subjectId))
                && (severity == null || f.severity() == severity);
    }

    @Override
    public String toString() {
        return constraintId + (subjectId == null ? "" : " on " + subjectId) + (severity == null ? "" : " (" + severity + ")");
    }
}
