package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import org.wangge.kernel.model.grid.GridChange;

/**
 * The last day on which a grid change's filing with the city-level agency is still pending rather
 * than missing (Art. 7 ¶2; the text sets no time, {@code filing.grace.days} is a policy default).
 *
 * @param change    the division, adjustment or code change
 * @param graceDays the grace in calendar days after the change took effect
 * @param deadline  the change's effective date plus the grace: the last day of grace
 */
public record FilingDeadline(GridChange change, int graceDays, LocalDate deadline) {

    /**
     * @param change    a change
     * @param graceDays the grace in calendar days
     * @return its filing deadline
     */
    public static FilingDeadline of(GridChange change, int graceDays) {
        return new FilingDeadline(change, graceDays, change.effectiveDate().plusDays(graceDays));
    }

    /** @return the change's id */
    public String changeId() {
        return change.id();
    }
}
