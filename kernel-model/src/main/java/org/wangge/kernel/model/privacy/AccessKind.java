package org.wangge.kernel.model.privacy;

/** How personal information was accessed. */
public enum AccessKind {
    /** 查询 — viewed one resident's record. */
    VIEW,
    /** 导出 — exported records in bulk (counted against {@code pi.export.max}, ZG-13-02). */
    EXPORT,
    /** 修改 — edited a record. */
    EDIT
}
