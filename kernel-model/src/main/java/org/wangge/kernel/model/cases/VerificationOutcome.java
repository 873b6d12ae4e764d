package org.wangge.kernel.model.cases;

/** What the verification (核查) of a case found. */
public enum VerificationOutcome {
    /** The matter is resolved. */
    RESOLVED,
    /** The matter is not resolved. */
    UNRESOLVED
}
