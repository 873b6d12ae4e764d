package org.wangge.kernel.model.cases;

/** How the platform disposes of a reported case without accepting it as a case of its own (Art. 15 ¶1 受理). */
public enum NonAcceptanceKind {
    /** 不予受理 — declined, e.g. outside the grid's matters or already handled elsewhere. */
    DECLINED,
    /** 合并 — merged into another case about the same matter. */
    MERGED
}
