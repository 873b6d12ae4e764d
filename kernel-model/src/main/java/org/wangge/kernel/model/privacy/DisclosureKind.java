package org.wangge.kernel.model.privacy;

/** How personal information left the platform (Art. 13(2)). */
public enum DisclosureKind {
    /** 提供 — provided to another party. */
    PROVIDE,
    /** 传输 — transferred to another system. */
    TRANSFER,
    /** 公开 — made public. */
    PUBLISH
}
