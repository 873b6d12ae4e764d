package org.wangge.kernel.testkit.scenario;

import org.wangge.kernel.rules.Basis;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * A finding a scenario expects: a constraint, and optionally the subject's id, the severity and the basis.
 *
 * @param constraintId the constraint, e.g. {@code ZG-07-03}
 * @param subjectId    the subject's id, or null for any
 * @param severity     the severity, or null for any
 * @param line         the line in the scenario file
 * @param basis        the basis (TEXT, POLICY, INDICATOR), or null for any
 */
public record ExpectedFinding(String constraintId, String subjectId, Severity severity, int line, Basis basis) {

    /**
     * An expectation that does not name a basis.
     *
     * @param constraintId the constraint
     * @param subjectId    the subject's id, or null for any
     * @param severity     the severity, or null for any
     * @param line         the line in the scenario file
     */
    public ExpectedFinding(String constraintId, String subjectId, Severity severity, int line) {
        this(constraintId, subjectId, severity, line, null);
    }

    /**
     * @param f a finding
     * @return whether it is what this expectation describes
     */
    public boolean matches(Finding f) {
        return f.constraintId().equals(constraintId)
                && (subjectId == null || f.subject().id().equals(subjectId))
                && (severity == null || f.severity() == severity)
                && (basis == null || f.basis() == basis);
    }

    @Override
    public String toString() {
        String what = severity == null && basis == null ? ""
                : " (" + (severity == null ? "" : severity.name()) + (severity != null && basis != null ? ", " : "")
                        + (basis == null ? "" : basis.name()) + ")";
        return constraintId + (subjectId == null ? "" : " on " + subjectId) + what;
    }
}
