package org.wangge.kernel.testkit.generator;

import java.util.Objects;

/**
 * A breach the generator put into a city on purpose: a check of the city must report a finding of this
 * constraint on this subject (the finding's {@code Subject(kind, id)}).
 *
 * @param constraintId the constraint, e.g. {@code ZG-07-03}
 * @param subjectKind  the kind of subject the finding names, e.g. {@code Grid}, {@code GridWorker}, {@code Case}
 * @param subjectId    the subject's id (a division's code for {@code AdministrativeDivision})
 */
public record InjectedBreach(String constraintId, String subjectKind, String subjectId)
        implements Comparable<InjectedBreach> {

    /**
     * Checks that no component is null.
     *
     * @param constraintId the constraint
     * @param subjectKind  the kind of subject
     * @param subjectId    the subject's id
     */
    public InjectedBreach {
        Objects.requireNonNull(constraintId, "constraintId");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    /**
     * Orders by constraint, then subject kind, then subject id.
     *
     * @param o the other breach
     * @return the comparison
     */
    @Override
    public int compareTo(InjectedBreach o) {
        int c = constraintId.compareTo(o.constraintId);
        if (c == 0) {
            c = subjectKind.compareTo(o.subjectKind);
        }
        return c != 0 ? c : subjectId.compareTo(o.subjectId);
    }

    /** @return e.g. {@code ZG-07-03 GridChange GC-510302001000-1} */
    @Override
    public String toString() {
        return constraintId + " " + subjectKind + " " + subjectId;
    }
}
