package org.wangge.kernel.model.matter;

/** The help a department relying on grids provides (Art. 11). */
public enum SupportKind {
    /** 教育培训. */
    TRAINING,
    /** 业务指导. */
    BUSINESS_GUIDANCE,
    /** 工作条件. */
    WORKING_CONDITIONS,
    /** 信息支持. */
    INFORMATION_SUPPORT
}
