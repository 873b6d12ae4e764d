package org.wangge.kernel.process;

/** What an {@link Actor} is, and so which case steps it may take (see {@link CaseHandling}). */
public enum ActorRole {
    /** 网格员: collects, reports or resolves on the spot the cases of the grids it serves. */
    GRID_WORKER,
    /** 平台操作员: accepts, declines, merges, assigns, verifies and closes cases for the platform. */
    PLATFORM_OPERATOR,
    /** 职能部门: signs for, hands back and feeds back the cases assigned to it. */
    DEPARTMENT,
    /** 网格化服务管理机构: takes the platform's steps and supervises (督办) cases. */
    GRID_AGENCY,
    /**
     * The host system itself (an import, a migration job, a scheduled task), not a person: takes any step without a role
     * or jurisdiction check, and every step it takes says so in the audit trail. Made only by {@link Actor#system(String)};
     * never mapped from a signed-in principal (the Spring Boot starter refuses {@code ROLE_SYSTEM}).
     */
    SYSTEM
}
