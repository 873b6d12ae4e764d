package org.wangge.kernel.model.grid;

/** The changes to grids that must be filed with the city agency (Art. 7 ¶2). */
public enum GridChangeKind {
    /** 网格划分 — a new division. */
    DIVISION,
    /** 网格调整 — an adjustment of boundaries, merge or split. */
    ADJUSTMENT,
    /** 编码变更 — a change of grid code. */
    CODE_CHANGE
}
