package org.wangge.kernel.rules.facts;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The time the grid agency has to supervise (督办) a case that became overdue under Art. 15 (definition, ZG-15-06):
 * {@code case.supervise.limit.working-days} working days from {@link OverdueStep#overdueAt()}. Derived only when
 * missed as of the check date.
 *
 * @param overdue    what became overdue, and when
 * @param deadline   the last instant a supervision is in time
 * @param supervised the first supervision by a grid agency at or after the case became overdue, or null
 */
public record SupervisionDeadline(OverdueStep overdue, LocalDateTime deadline, LocalDateTime supervised) {

    /** Refuses missing parts (all but {@code supervised}). */
    public SupervisionDeadline {
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(deadline, "deadline");
    }

    /**
     * @param endOfCheckDay the end of the check day
     * @return whether the supervision came late, or has not come and its deadline is before the end of the check day
     */
    public boolean missedAsOf(LocalDateTime endOfCheckDay) {
        return supervised != null ? supervised.isAfter(deadline) : deadline.isBefore(endOfCheckDay);
    }

    /** @return whether a supervision was recorded */
    public boolean isSupervised() {
        return supervised != null;
    }
}
