package org.wangge.kernel.process;

/**
 * How much history the process engine keeps ({@link WanggeProcesses.Builder#history}), in the engine's own levels.
 * The kernel reads the history: a subject is found through its historic process instance (running or ended), the state
 * of an ended subject is its last historic variable, and the audit trail is kept as the engine's comments, which the
 * engine keeps only with history on. So there is no level without history. See docs/process.md, "History level".
 */
public enum ProcessHistory {
    /**
     * Process instances, activity instances and the last value of each variable; the audit trail and every
     * query of the kernel keep working. Lost against {@link #AUDIT}: the historic task instances (who completed which
     * step when, outside the audit trail), so a refusal of a step already done says "was already completed" without
     * the time. Cheaper per step: no historic task and task identity-link rows.
     */
    ACTIVITY,
    /** The default: {@link #ACTIVITY} and the historic task instances with their identity links. */
    AUDIT,
    /** {@link #AUDIT} and every change of every variable (the engine's detail table): the dearest. */
    FULL
}
