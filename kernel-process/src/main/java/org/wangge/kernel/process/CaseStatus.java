package org.wangge.kernel.process;

/** Where a case stands as a whole. */
public enum CaseStatus {
    /** Being handled. */
    OPEN,
    /** 就地解决 — the worker resolved it on the spot (Art. 14); it never reached the platform. */
    RESOLVED_ON_SPOT,
    /** 结案 — closed after verification. */
    CLOSED,
    /** 不予受理 — the platform declined it with a reason (Art. 15 ¶1, ZG-15-01). */
    DECLINED,
    /** 合并 — the platform merged it into another case with a reason (Art. 15 ¶1, ZG-15-01). */
    MERGED
}
