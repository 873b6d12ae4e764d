package org.wangge.kernel.rules.facts;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;

/**
 * Deadline arithmetic for rules. A limit of N working days from an instant ends at the end of the
 * N-th working day strictly after the instant's date (see {@link WorkingDayCalendar#addWorkingDays});
 * a limit in hours is clock hours.
 */
public final class Deadlines {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private Deadlines() {
    }

    /**
     * @param calendar the working-day calendar
     * @param start    when the clock starts
     * @param days     number of working days
     * @return the last instant that is still in time
     */
    public static LocalDateTime workingDaysAfter(WorkingDayCalendar calendar, LocalDateTime start, int days) {
        return calendar.addWorkingDays(start.toLocalDate(), days).atTime(END_OF_DAY);
    }

    /**
     * @param start when the clock starts
     * @param hours number of clock hours
     * @return the last instant that is still in time
     */
    public static LocalDateTime hoursAfter(LocalDateTime start, int hours) {
        return start.plusHours(hours);
    }
}
