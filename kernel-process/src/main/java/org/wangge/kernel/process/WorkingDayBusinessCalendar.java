package org.wangge.kernel.process;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.common.engine.impl.calendar.BusinessCalendarImpl;
import org.flowable.common.engine.impl.calendar.DurationBusinessCalendar;
import org.flowable.common.engine.impl.runtime.ClockReader;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;

/**
 * A Flowable business calendar that counts working days on the PRC working-day calendar of
 * {@code kernel-model}, so that timers land where the Measures' limits end.
 *
 * <p>A timer whose {@code timerEventDefinition} names this calendar
 * ({@code flowable:businessCalendarName="wanggeWorkingDays"}) accepts two kinds of duration:
 * <ul>
 *   <li>{@code "N working days"} (or {@code "N working day"}): the end (23:59:59) of the N-th working
 *       day strictly after the day the timer starts, in the calendar's time zone — the same instant
 *       the rules treat as the last one still in time ({@code Deadlines.workingDaysAfter}). Five
 *       working days from Friday 2024-09-27 lands on Thursday 2024-10-10 (National Day holidays
 *       skipped, make-up Sunday 09-29 counted);</li>
 *   <li>an ISO-8601 duration such as {@code PT24H}: clock time, as Flowable's duration calendar.</li>
 * </ul>
 * A date outside the years the calendar covers throws the calendar's
 * {@code CalendarNotCoveredException}, unless the calendar has a weekday fallback.
 */
public final class WorkingDayBusinessCalendar extends BusinessCalendarImpl {

    /** The name under which {@link WanggeProcesses} registers this calendar with the engine. */
    public static final String NAME = "wanggeWorkingDays";

    private static final Pattern WORKING_DAYS = Pattern.compile("\\s*(\\d+)\\s+working\\s+days?\\s*", Pattern.CASE_INSENSITIVE);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final DurationBusinessCalendar clockDurations;

    /**
     * @param clockReader the engine's clock
     * @param calendar    the working-day calendar, e.g. {@code WorkingDayCalendarLoader.prc()}
     * @param zone        the zone the calendar's days are in, e.g. {@code Asia/Shanghai}
     */
    public WorkingDayBusinessCalendar(ClockReader clockReader, WorkingDayCalendar calendar, ZoneId zone) {
        super(clockReader);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clockDurations = new DurationBusinessCalendar(clockReader);
    }

    /**
     * @param workingDays a number of working days, zero or more
     * @return the duration text this calendar reads, e.g. {@code "5 working days"}
     */
    public static String workingDays(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a number of working days is zero or more, not " + workingDays);
        }
        return workingDays + " working days";
    }

    /**
     * @param hours a number of clock hours, zero or more
     * @return the ISO-8601 duration text, e.g. {@code "PT24H"}
     */
    public static String clockHours(int hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("a number of hours is zero or more, not " + hours);
        }
        return Duration.ofHours(hours).toString();
    }

    /**
     * Resolves a duration from the engine clock's current time.
     *
     * @param duedateDescription {@code "N working days"} or an ISO-8601 duration
     * @param maxIterations      ignored (no repetition)
     * @return when the timer is due
     */
    @Override
    public Date resolveDuedate(String duedateDescription, int maxIterations) {
        Objects.requireNonNull(duedateDescription, "duedateDescription");
        Matcher m = WORKING_DAYS.matcher(duedateDescription);
        if (m.matches()) {
            return Date.from(dueAfterWorkingDays(clockReader.getCurrentTime().toInstant().atZone(zone), Integer.parseInt(m.group(1))).toInstant());
        }
        return clockDurations.resolveDuedate(duedateDescription, maxIterations);
    }

    /**
     * @param start       when the count starts
     * @param workingDays how many working days
     * @return the end (23:59:59) of the {@code workingDays}-th working day strictly after the start's day, in the calendar's zone
     */
    public ZonedDateTime dueAfterWorkingDays(ZonedDateTime start, int workingDays) {
        LocalDate startDay = start.withZoneSameInstant(zone).toLocalDate();
        return calendar.addWorkingDays(startDay, workingDays).atTime(END_OF_DAY).atZone(zone);
    }
}
