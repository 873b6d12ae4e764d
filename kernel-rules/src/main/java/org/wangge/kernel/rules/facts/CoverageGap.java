package org.wangge.kernel.rules.facts;

import java.time.LocalDate;

/**
 * The days of a span that no cover period covers (Art. 18 ¶2), as {@link Coverage#firstGap} finds them.
 *
 * @param uncoveredFrom the first uncovered day, or null when every day is covered
 * @param uncoveredDays the number of uncovered days in the span (0 when every day is covered)
 */
public record CoverageGap(LocalDate uncoveredFrom, long uncoveredDays) {

    /** The result for a span that is covered on every day. */
    public static final CoverageGap NONE = new CoverageGap(null, 0);

    /** @return whether some day is uncovered */
    public boolean exists() {
        return uncoveredDays > 0;
    }
}
