package org.wangge.kernel.model.conduct;

/** The state of an investigation into alleged conduct. */
public enum Substantiation {
    /** Under investigation. */
    PENDING,
    /** 查实 — substantiated. */
    SUBSTANTIATED,
    /** Not substantiated. */
    NOT_SUBSTANTIATED
}
