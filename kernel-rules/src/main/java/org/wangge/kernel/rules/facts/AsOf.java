package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The day a check runs as of (the first time axis). Exactly one is in working memory; rules read
 * it instead of the system clock, so a check is repeatable.
 *
 * @param date the day
 */
public record AsOf(LocalDate date) {

    /** @return the end of the day, the instant against which "overdue" is judged */
    public LocalDateTime endOfDay() {
        return date.atTime(23, 59, 59);
    }
}
