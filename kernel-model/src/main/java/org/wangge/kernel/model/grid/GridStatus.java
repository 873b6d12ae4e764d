package org.wangge.kernel.model.grid;

/** Lifecycle status of a grid. */
public enum GridStatus {
    /** Proposed, not yet in effect. */
    PLANNED,
    /** In effect. */
    ACTIVE,
    /** Merged, split or dissolved. */
    RETIRED
}
