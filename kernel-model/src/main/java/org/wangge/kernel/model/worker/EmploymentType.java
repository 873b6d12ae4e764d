package org.wangge.kernel.model.worker;

/** Full-time or part-time grid worker (Art. 12 ¶1). */
public enum EmploymentType {
    /** 专职网格员. */
    FULL_TIME,
    /** 兼职网格员. */
    PART_TIME
}
