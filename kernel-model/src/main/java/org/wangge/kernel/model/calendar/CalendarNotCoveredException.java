package org.wangge.kernel.model.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a {@link WorkingDayCalendar} is asked about a date in a year whose official schedule
 * (the State Council's yearly holiday notice) has not been loaded. The calendar refuses to guess: in
 * an uncovered year it cannot know which weekdays are holidays and which weekend days are make-up
 * working days (调休).
 *
 * <p>The message names the date, the years the calendar does cover, and what to do: add that year's
 * schedule to the calendar data, or deliberately use {@link WorkingDayCalendar#withWeekdayFallback()}.
 */
public class CalendarNotCoveredException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The date that was asked about. */
    private final LocalDate date;
    /** The years the calendar covers, ascending. */
    private final List<Integer> coveredYears;

    /**
     * @param date         the date that was asked about
     * @param coveredYears the years the calendar covers, in ascending order
     */
    public CalendarNotCoveredException(LocalDate date, Collection<Integer> coveredYears) {
        super(message(Objects.requireNonNull(date, "date"), List.copyOf(coveredYears)));
        this.date = date;
        this.coveredYears = List.copyOf(coveredYears);
    }

    private static String message(LocalDate date, List<Integer> years) {
        String covered = years.isEmpty()
                ? "no year at all"
                : years.stream().map(String::valueOf).collect(Collectors.joining(", "));
        int year = date.getYear();
        return "The working-day calendar has no schedule for " + date + ": it covers " + covered + ". "
                + "Add the " + year + " schedule (国务院办公厅关于" + year + "年部分节假日安排的通知) "
                + "to the calendar data (see docs/working-day-calendar.md), "
                + "or use WorkingDayCalendar.withWeekdayFallback() to treat uncovered years as "
                + "Monday-Friday working on purpose.";
    }

    /** @return the date that was asked about */
    public LocalDate date() {
        return date;
    }

    /** @return the years the calendar covers, in ascending order */
    public List<Integer> coveredYears() {
        return coveredYears;
    }
}
