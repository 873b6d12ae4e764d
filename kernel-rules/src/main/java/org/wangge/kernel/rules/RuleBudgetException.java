package org.wangge.kernel.rules;

/**
 * A check was stopped because it ran out of its {@link CheckBudget}, or was cancelled by interrupting its thread. The
 * engine keeps serving: the next check starts with a fresh budget. The message names the rule that was firing (or
 * fired most), its file and line, and how to fix it.
 */
public class RuleBudgetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which limit was reached. */
    public enum Limit {
        /** rule firings */
        FIRINGS,
        /** facts inserted by rules */
        INSERTIONS,
        /** wall time */
        TIME,
        /** the checking thread was interrupted (the host cancelled the check) */
        CANCELLED
    }

    private final Limit limit;
    private final String ruleName;
    private final String location;

    /**
     * @param limit    the limit reached
     * @param ruleName the rule firing when it was reached (or firing most), null when no rule was firing
     * @param location {@code file:line} of that rule, null when unknown
     * @param message  the full explanation
     */
    public RuleBudgetException(Limit limit, String ruleName, String location, String message) {
        super(message);
        this.limit = limit;
        this.ruleName = ruleName;
        this.location = location;
    }

    /** @return the limit reached */
    public Limit limit() {
        return limit;
    }

    /** @return the rule firing when the limit was reached, null when none was */
    public String ruleName() {
        return ruleName;
    }

    /** @return {@code file:line} of that rule, null when unknown */
    public String location() {
        return location;
    }
}
