package org.wangge.kernel.model.cases;

/** Where a case comes from. */
public enum CaseSource {
    /** 网格员发现 — found by a grid worker at work (Art. 14). */
    WORKER_DISCOVERY,
    /** 群众诉求 — a resident's demand collected by a worker (Art. 9(2), 14). */
    RESIDENT_DEMAND,
    /** 意见建议 — a comment or suggestion by any unit or individual (Art. 6 ¶2). */
    PUBLIC_SUGGESTION,
    /** 上级交办 — assigned from above by the Party committee or government (Art. 9(8)). */
    ASSIGNED_FROM_ABOVE
}
