package org.wangge.kernel.process;

import java.time.LocalDateTime;

/**
 * One entry of a subject's audit trail: who did what, when, under which rule. Every step of every
 * process writes one, in the same transaction as the step.
 *
 * @param at     when, in the processes' zone (Beijing time by default)
 * @param action what happened, e.g. {@code COLLECTED}, {@code ACCEPTED}, {@code HANDED_BACK}, {@code SUPERVISED}
 * @param actor  who did it: a worker, organisation or operator id, or {@code platform} for automatic steps
 * @param rule   the constraint ID or article the step serves, e.g. {@code ZG-15-01}
 * @param detail details, e.g. the reason of a hand-back
 */
public record AuditEntry(LocalDateTime at, String action, String actor, String rule, String detail) {

    @Override
    public String toString() {
        return at + " " + action + " by " + actor + " (" + rule + ")" + (detail == null || detail.isEmpty() ? "" : ": " + detail);
    }
}
