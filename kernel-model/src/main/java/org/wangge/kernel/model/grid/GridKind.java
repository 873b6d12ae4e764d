package org.wangge.kernel.model.grid;

/** Kind of grid (Art. 8). */
public enum GridKind {
    /** 城乡社区网格 — divided by residential compound, building, road or street (Art. 8 ¶1). */
    COMMUNITY,
    /** 行政村网格 — one administrative village forms one grid or several (Art. 8 ¶1). */
    VILLAGE,
    /** 专属网格 — a dedicated grid for a place listed in Art. 8 ¶2. */
    DEDICATED
}
