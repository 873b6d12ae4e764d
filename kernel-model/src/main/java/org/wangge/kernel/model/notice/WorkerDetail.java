package org.wangge.kernel.model.notice;

/** What a public notice shows of each grid worker (Art. 21: 网格员的姓名以及联系电话). */
public enum WorkerDetail {
    /** 姓名. */
    NAME,
    /** 联系电话. */
    PHONE
}
