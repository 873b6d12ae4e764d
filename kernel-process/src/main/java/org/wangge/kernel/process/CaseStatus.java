package org.wangge.kernel.process;

/** Where a case stands as a whole. */
public enum CaseStatus {
    /** Being handled. */
    OPEN,
    /** 就地解决 — the worker resolved it on the spot (Art. 14); it never reached the platform. */
    RESOLVED_ON_SPOT,
    /** 结案 — closed after verification. */
    CLOSED
}
