package org.wangge.kernel.process;

/** Where a grid change, admission application or misconduct case stands as a whole. */
public enum SubjectStatus {
    /** Still being handled. */
    OPEN,
    /** Ended with the outcome sought: a change filed, a matter published, a consequence applied. */
    COMPLETED,
    /** Ended without it: an application refused (excluded nature or no consent), a complaint not substantiated. */
    REFUSED
}
