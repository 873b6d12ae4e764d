package org.wangge.kernel.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;

/**
 * The official PRC working-day calendar (工作日历) used to count the Measures' deadlines in working
 * days (工作日). Immutable and thread-safe.
 *
 * <p>A date is a <b>working day</b> when it is a make-up working day (调休上班) declared by the State
 * Council's yearly notice, or when it is Monday to Friday and not a statutory holiday (法定节假日
 * 放假) of that notice. Saturdays and Sundays are not working days unless declared make-up working
 * days.
 *
 * <p>The calendar knows only the years whose schedule was loaded ({@link #coveredYears()}). Asking
 * about any other date throws {@link CalendarNotCoveredException} rather than silently guessing;
 * {@link #withWeekdayFallback()} returns a calendar that treats uncovered years as Monday-Friday
 * working, as an explicit choice of the caller.
 *
 * <p>The schedules are data, not code: see {@link WorkingDayCalendarLoader} for the file format and
 * {@link WorkingDayCalendarLoader#prc()} for the built-in calendar. For tests, build one with
 * {@link #builder()}.
 *
 * <p><b>Counting rule.</b> "N working days after a start date" never counts the start date itself:
 * the result is the N-th working day strictly after the start, whatever kind of day the start is.
 * For example, 5 working days after Friday 2024-09-27 is Thursday 2024-10-10: Sunday 2024-09-29 is a
 * make-up working day (1), Monday 09-30 is (2), 10-01..10-07 are the National Day holiday, and
 * 10-08, 10-09, 10-10 are (3), (4), (5).
 */
public final class WorkingDayCalendar {

    private final SortedMap<Integer, YearSchedule> years;
    private final boolean weekdayFallback;

    /** One year's official schedule: the dates that differ from the plain Monday-Friday week. */
    private record YearSchedule(int year, String source, Map<LocalDate, String> holidays,
                                Map<LocalDate, String> makeUpWorkdays) {
    }

    private WorkingDayCalendar(SortedMap<Integer, YearSchedule> years, boolean weekdayFallback) {
        this.years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
        this.weekdayFallback = weekdayFallback;
    }

    /**
     * Starts building a calendar in code, mostly for tests. Production code loads the data files with
     * {@link WorkingDayCalendarLoader}.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether a date is a working day: a declared make-up working day, or a Monday-Friday that
     * is not a statutory holiday.
     *
     * @param date the date
     * @return whether it is a working day
     * @throws CalendarNotCoveredException if the date's year is not covered and this calendar has no
     *                                     weekday fallback
     */
    public boolean isWorkingDay(LocalDate date) {
        YearSchedule schedule = schedule(Require.notNull(date, "WorkingDayCalendar.date"));
        if (schedule != null) {
            if (schedule.holidays().containsKey(date)) {
                return false;
            }
            if (schedule.makeUpWorkdays().containsKey(date)) {
                return true;
            }
        }
        return isMondayToFriday(date);
    }

    /**
     * Tells whether a date is a statutory holiday day (放假) of the official schedule, including the
     * weekend days that the notice folds into a holiday period (e.g. Saturday 2024-02-10 in the
     * Spring Festival holiday). An ordinary weekend is not a holiday.
     *
     * @param date the date
     * @return whether the schedule lists it as a holiday; {@code false} in an uncovered year of a
     *         calendar with weekday fallback
     * @throws CalendarNotCoveredException if the date's year is not covered and this calendar has no
     *                                     weekday fallback
     */
    public boolean isHoliday(LocalDate date) {
        YearSchedule schedule = schedule(Require.notNull(date, "WorkingDayCalendar.date"));
        return schedule != null && schedule.holidays().containsKey(date);
    }

    /**
     * Tells whether a date is a make-up working day (调休上班): a Saturday or Sunday that the official
     * schedule declares a working day.
     *
     * @param date the date
     * @return whether the schedule lists it as a make-up working day; {@code false} in an uncovered
     *         year of a calendar with weekday fallback
     * @throws CalendarNotCoveredException if the date's year is not covered and this calendar has no
     *                                     weekday fallback
     */
    public boolean isMakeUpWorkday(LocalDate date) {
        YearSchedule schedule = schedule(Require.notNull(date, "WorkingDayCalendar.date"));
        return schedule != null && schedule.makeUpWorkdays().containsKey(date);
    }

    /**
     * The label the schedule gives a holiday or make-up working day, e.g. {@code 国庆节} or
     * {@code 国庆节调休}.
     *
     * @param date the date
     * @return the label; empty for an ordinary day, for a listed day without label, and for an
     *         uncovered year of a calendar with weekday fallback
     * @throws CalendarNotCoveredException if the date's year is not covered and this calendar has no
     *                                     weekday fallback
     */
    public Optional<String> label(LocalDate date) {
        YearSchedule schedule = schedule(Require.notNull(date, "WorkingDayCalendar.date"));
        if (schedule == null) {
            return Optional.empty();
        }
        String label = schedule.holidays().getOrDefault(date, schedule.makeUpWorkdays().get(date));
        return label == null || label.isEmpty() ? Optional.empty() : Optional.of(label);
    }

    /**
     * Computes the date that is {@code n} working days after {@code start}.
     *
     * <p>The start date itself is never counted, whether or not it is a working day: the result is
     * the {@code n}-th working day strictly after {@code start}, so it is always a working day when
     * {@code n > 0}. For {@code n == 0} the result is {@code start} itself, unchanged (even when it is
     * a holiday or in an uncovered year: no day is examined). Examples on the 2024 PRC calendar:
     * <ul>
     *   <li>5 working days after Friday 2024-09-27 is Thursday 2024-10-10 (Sunday 09-29 is a make-up
     *       working day; 10-01..10-07 are holidays);</li>
     *   <li>1 working day after Tuesday 2024-10-01 (a holiday) is Tuesday 2024-10-08.</li>
     * </ul>
     *
     * @param start the start date, not counted
     * @param n     the number of working days, zero or more
     * @return the {@code n}-th working day strictly after {@code start}, or {@code start} if
     *         {@code n == 0}
     * @throws ModelValidationException    if {@code start} is null or {@code n} is negative
     * @throws CalendarNotCoveredException if the count walks into an uncovered year and this
     *                                     calendar has no weekday fallback
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Require.notNull(start, "WorkingDayCalendar.start");
        Require.notNegative(n, "WorkingDayCalendar.n");
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Counts the working days {@code d} with {@code fromExclusive < d <= toInclusive}. It is the
     * inverse of {@link #addWorkingDays(LocalDate, int)}: for every {@code n >= 0},
     * {@code workingDaysBetween(start, addWorkingDays(start, n)) == n}. Equal dates give 0.
     *
     * @param fromExclusive the day before the first day counted
     * @param toInclusive   the last day counted; not before {@code fromExclusive}
     * @return the number of working days in the half-open interval
     * @throws ModelValidationException    if a date is null or {@code toInclusive} is before
     *                                     {@code fromExclusive}
     * @throws CalendarNotCoveredException if the interval reaches an uncovered year and this calendar
     *                                     has no weekday fallback
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Require.notNull(toInclusive, "WorkingDayCalendar.toInclusive");
        Require.ordered(fromExclusive, toInclusive, "WorkingDayCalendar.fromExclusive",
                "WorkingDayCalendar.toInclusive");
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The years whose official schedule is loaded. The weekday fallback does not add years here.
     *
     * @return the covered years, ascending, unmodifiable
     */
    public SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /**
     * Tells whether the official schedule of the date's year is loaded. Independent of the weekday
     * fallback: a fallback calendar answers for uncovered dates, but does not cover them.
     *
     * @param date the date
     * @return whether the date's year is covered
     */
    public boolean covers(LocalDate date) {
        return years.containsKey(Require.notNull(date, "WorkingDayCalendar.date").getYear());
    }

    /**
     * The citation of the notice a covered year's schedule was taken from, e.g.
     * {@code 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）}.
     *
     * @param year the year
     * @return the source line of that year's schedule; empty if the year is not covered
     */
    public Optional<String> source(int year) {
        YearSchedule schedule = years.get(year);
        return schedule == null ? Optional.empty() : Optional.of(schedule.source());
    }

    /**
     * Tells whether this calendar treats uncovered years as Monday-Friday working.
     *
     * @return {@code true} for a calendar made by {@link #withWeekdayFallback()}
     */
    public boolean hasWeekdayFallback() {
        return weekdayFallback;
    }

    /**
     * Returns a calendar with the same schedules that, for a date in an uncovered year, answers as if
     * that year had no holidays and no make-up working days: Monday-Friday are working days,
     * Saturday and Sunday are not, nothing is a holiday. This is an explicit choice of the caller: a
     * deadline computed this way in a year whose notice is not loaded may be wrong by the length of
     * a holiday.
     *
     * @return a calendar with weekday fallback ({@code this} if it already has it)
     */
    public WorkingDayCalendar withWeekdayFallback() {
        return weekdayFallback ? this : new WorkingDayCalendar(years, true);
    }

    /**
     * Combines this calendar with another that covers other years, e.g. the built-in calendar with a
     * host's own file for a year the library does not ship yet:
     * {@code WorkingDayCalendarLoader.prc().plus(WorkingDayCalendarLoader.load(path2027))}.
     *
     * @param other a calendar covering none of this calendar's years
     * @return a calendar covering the years of both, with this calendar's weekday-fallback setting
     * @throws ModelValidationException if {@code other} is null or covers a year this one covers
     */
    public WorkingDayCalendar plus(WorkingDayCalendar other) {
        Require.notNull(other, "WorkingDayCalendar.other");
        SortedMap<Integer, YearSchedule> combined = new TreeMap<>(years);
        for (YearSchedule schedule : other.years.values()) {
            if (combined.putIfAbsent(schedule.year(), schedule) != null) {
                throw new ModelValidationException("WorkingDayCalendar.other", Integer.toString(schedule.year()),
                        "is covered by both calendars; each year's schedule must come from exactly one of them");
            }
        }
        return new WorkingDayCalendar(combined, weekdayFallback);
    }

    private YearSchedule schedule(LocalDate date) {
        YearSchedule schedule = years.get(date.getYear());
        if (schedule == null && !weekdayFallback) {
            throw new CalendarNotCoveredException(date, years.keySet());
        }
        return schedule;
    }

    private static boolean isMondayToFriday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * Two calendars are equal when they cover the same years with the same dates, labels and
     * sources, and have the same weekday-fallback setting.
     *
     * @param other the object to compare with
     * @return whether it is an equal calendar
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDayCalendar that
                && weekdayFallback == that.weekdayFallback && years.equals(that.years);
    }

    /** @return a hash code consistent with {@link #equals(Object)} */
    @Override
    public int hashCode() {
        return Objects.hash(years, weekdayFallback);
    }

    /** @return the covered years and the fallback setting, e.g. {@code WorkingDayCalendar[years=2024, 2025]} */
    @Override
    public String toString() {
        return "WorkingDayCalendar[years="
                + years.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (weekdayFallback ? ", weekday fallback for other years" : "") + "]";
    }

    /**
     * Builds a {@link WorkingDayCalendar} in code. Declare each year with
     * {@link #year(int, String)} before adding its dates; every mistake the file loader reports is
     * refused here too, as a {@link ModelValidationException}. Not thread-safe.
     */
    public static final class Builder {

        private static final String DATE_FIELD = "WorkingDayCalendar.Builder.date";

        private final Map<Integer, String> sources = new TreeMap<>();
        private final Map<LocalDate, String> holidays = new HashMap<>();
        private final Map<LocalDate, String> makeUpWorkdays = new HashMap<>();

        private Builder() {
        }

        /**
         * Declares a covered year. A declared year with no dates is a year without any holiday.
         *
         * @param year   the year, 1000 to 9999
         * @param source the citation of the notice, e.g. {@code 国办发明电〔2023〕7号}
         * @return this builder
         * @throws ModelValidationException if the year is out of range or already declared, or the
         *                                  source is blank
         */
        public Builder year(int year, String source) {
            if (year < 1000 || year > 9999) {
                throw new ModelValidationException("WorkingDayCalendar.Builder.year", Integer.toString(year),
                        "must have four digits");
            }
            String citation = Require.notBlank(source, "WorkingDayCalendar.Builder.source");
            if (sources.containsKey(year)) {
                throw new ModelValidationException("WorkingDayCalendar.Builder.year", Integer.toString(year),
                        "is already declared; each year's schedule must be declared once");
            }
            sources.put(year, citation);
            return this;
        }

        /**
         * Adds one statutory holiday day.
         *
         * @param date  the date, in a declared year
         * @param label the holiday's name, e.g. {@code 国庆节}; may be null
         * @return this builder
         * @throws ModelValidationException if the year is not declared or the date is already listed
         */
        public Builder holiday(LocalDate date, String label) {
            return add(date, label, true);
        }

        /**
         * Adds every day from {@code from} to {@code toInclusive} as a statutory holiday day.
         *
         * @param from        the first day
         * @param toInclusive the last day, not before {@code from}, in the same year
         * @param label       the holiday's name; may be null
         * @return this builder
         * @throws ModelValidationException if the range is reversed, crosses a year boundary, or has a
         *                                  day already listed or in an undeclared year
         */
        public Builder holidays(LocalDate from, LocalDate toInclusive, String label) {
            Require.ordered(from, Require.notNull(toInclusive, "WorkingDayCalendar.Builder.toInclusive"),
                    "WorkingDayCalendar.Builder.from", "WorkingDayCalendar.Builder.toInclusive");
            if (from.getYear() != toInclusive.getYear()) {
                throw new ModelValidationException("WorkingDayCalendar.Builder.toInclusive", toInclusive.toString(),
                        "must be in the same year as from (" + from + "); split the range at the year boundary");
            }
            for (LocalDate day = from; !day.isAfter(toInclusive); day = day.plusDays(1)) {
                add(day, label, true);
            }
            return this;
        }

        /**
         * Adds one make-up working day (调休上班).
         *
         * @param date  a Saturday or Sunday in a declared year
         * @param label e.g. {@code 国庆节调休}; may be null
         * @return this builder
         * @throws ModelValidationException if the date is Monday-Friday, in an undeclared year, or
         *                                  already listed
         */
        public Builder makeUpWorkday(LocalDate date, String label) {
            Require.notNull(date, DATE_FIELD);
            if (isMondayToFriday(date)) {
                throw new ModelValidationException(DATE_FIELD, date.toString(), "is a " + date.getDayOfWeek()
                        + ", a working day anyway; a make-up working day is a Saturday or Sunday");
            }
            return add(date, label, false);
        }

        private Builder add(LocalDate date, String label, boolean holiday) {
            Require.notNull(date, DATE_FIELD);
            if (!sources.containsKey(date.getYear())) {
                throw new ModelValidationException(DATE_FIELD, date.toString(), "is in year " + date.getYear()
                        + ", which is not declared; call year(" + date.getYear() + ", source) first");
            }
            if (holidays.containsKey(date) || makeUpWorkdays.containsKey(date)) {
                throw new ModelValidationException(DATE_FIELD, date.toString(), "is already listed as "
                        + (holidays.containsKey(date) ? "a holiday" : "a make-up working day")
                        + "; a day is listed at most once");
            }
            (holiday ? holidays : makeUpWorkdays).put(date, label == null ? "" : label.strip());
            return this;
        }

        /**
         * Builds the calendar, without weekday fallback.
         *
         * @return an immutable calendar covering exactly the declared years
         */
        public WorkingDayCalendar build() {
            SortedMap<Integer, YearSchedule> years = new TreeMap<>();
            sources.forEach((year, source) -> years.put(year, new YearSchedule(year, source,
                    onlyYear(holidays, year), onlyYear(makeUpWorkdays, year))));
            return new WorkingDayCalendar(years, false);
        }

        private static Map<LocalDate, String> onlyYear(Map<LocalDate, String> days, int year) {
            return Map.copyOf(days.entrySet().stream()
                    .filter(e -> e.getKey().getYear() == year)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
    }
}
