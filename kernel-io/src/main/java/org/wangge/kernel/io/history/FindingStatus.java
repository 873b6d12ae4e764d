package org.wangge.kernel.io.history;

/** Where a finding stands against the previous recorded check of the same jurisdiction. */
public enum FindingStatus {
    /** Not in the previous check (or there is none): 新增. */
    NEW,
    /** Also in the previous check: 持续; its first day is the as-of of the first check of the unbroken run. */
    PERSISTING,
    /** In the previous check, not in this one: 已整改. */
    RESOLVED
}
