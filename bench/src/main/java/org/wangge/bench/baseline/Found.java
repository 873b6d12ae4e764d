package org.wangge.bench.baseline;

import java.time.LocalDate;
import org.wangge.kernel.rules.Finding;
import org.wangge.kernel.rules.Severity;

/**
 * A finding as the comparison with the rules sees it: the constraint, the subject, the day of the conduct or state
 * ({@link Finding#occurredOn()}) and the severity. Several breaches of one rule on the same subject and day (two records
 * of the same worker that day, say) are one {@code Found}.
 *
 * @param constraintId constraint ID (ZG-AA-NN)
 * @param subjectKind  kind of the subject in breach
 * @param subjectId    its id
 * @param occurredOn   day of the conduct or state
 * @param severity     severity
 */
public record Found(String constraintId, String subjectKind, String subjectId, LocalDate occurredOn, Severity severity)
        implements Comparable<Found> {

    /**
     * @param f a finding of the rules
     * @return its key
     */
    public static Found of(Finding f) {
        return new Found(f.constraintId(), f.subject().kind(), f.subject().id(), f.occurredOn(), f.severity());
    }

    @Override
    public int compareTo(Found o) {
        return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
        return constraintId + " " + subjectKind + " " + subjectId + " " + occurredOn + " " + severity;
    }
}
