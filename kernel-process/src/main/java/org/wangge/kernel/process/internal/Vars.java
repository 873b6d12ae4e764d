package org.wangge.kernel.process.internal;

/**
 * Names of the process variables that are not part of a process's state record ({@link CaseProcess},
 * {@link GridChangeProcess}, {@link AdmissionProcess}, {@link MisconductProcess}): each is kept apart for a reason
 * the record cannot serve.
 */
public final class Vars {

    /**
     * The number of the subject's last audit entry, written by every step of every process. A plain variable of its
     * own: it orders the trail, and two racing writers of one subject conflict on it even when they change nothing else.
     */
    public static final String AUDIT_SEQUENCE = "auditSequence";

    private Vars() {
    }
}
