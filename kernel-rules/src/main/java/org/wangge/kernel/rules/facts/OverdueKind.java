package org.wangge.kernel.rules.facts;

/**
 * What made a case overdue under Art. 15 (ZG-15-01 … ZG-15-05), so that the grid agency supervises it (督办,
 * ZG-15-06). A message names it through labels.tsv ({@code OverdueKind.ACCEPTANCE} …).
 */
public enum OverdueKind {
    /** ZG-15-01: not accepted, declined or merged within the acceptance limit. */
    ACCEPTANCE,
    /** ZG-15-02: not assigned within the assignment limit. */
    ASSIGNMENT,
    /** ZG-15-03: no feedback within the handling limit. */
    FEEDBACK,
    /** ZG-15-04: not signed for within the response limit. */
    SIGN_FOR,
    /** ZG-15-05: handed back without a recorded reason, or more times than the maximum. */
    HAND_BACK
}
