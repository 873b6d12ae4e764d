package org.wangge.kernel.model.worker;

/** Kinds of insurance Art. 18 ¶2 speaks of. */
public enum InsuranceKind {
    /** 社会保险 — social insurance of a full-time worker (pension, medical, unemployment…). */
    SOCIAL,
    /** 工伤保险 — work-injury insurance. */
    WORK_INJURY,
    /** 人身意外保险 — personal accident insurance bought for a part-time worker without work-injury insurance. */
    PERSONAL_ACCIDENT
}
