package org.wangge.kernel.model.notice;

/** The items Art. 21 requires a grid's public notice to show, besides each worker's name and phone. */
public enum NoticeContent {
    /** 网格名称. */
    GRID_NAME,
    /** 区域范围. */
    AREA,
    /** 服务事项. */
    SERVICE_MATTERS
}
