package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The assessment period (考核期) that holds the check date (definition, Art. 17 ¶1): periods are
 * calendar-aligned and {@code assessment.period.months} long (12: calendar years; 6: half-years
 * January–June and July–December; 3: quarters). A grid's star rating (星级网格) is for this period.
 *
 * @param start first day of the period
 * @param end   last day of the period
 */
public record CurrentAssessmentPeriod(LocalDate start, LocalDate end) {

    /**
     * The calendar-aligned period of {@code months} months that holds a day. Periods are counted from
     * January of year 0, so for any divisor of 12 they start in January of every year.
     *
     * @param day    the day
     * @param months the length of a period in months, at least 1
     * @return the period holding the day
     * @throws IllegalArgumentException when months is less than 1
     */
    public static CurrentAssessmentPeriod containing(LocalDate day, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("assessment.period.months must be at least 1, got " + months);
        }
        long index = Math.floorDiv(day.getYear() * 12L + day.getMonthValue() - 1, months);
        return new CurrentAssessmentPeriod(firstDay(index * months), firstDay((index + 1) * months).minusDays(1));
    }

    /**
     * @return the period of the same length just before this one: the last full assessment period
     */
    public LastFullAssessmentPeriod previous() {
        long months = (end.getYear() * 12L + end.getMonthValue()) - (start.getYear() * 12L + start.getMonthValue()) + 1;
        YearMonth first = YearMonth.from(start).minusMonths(months);
        return new LastFullAssessmentPeriod(first.atDay(1), start.minusDays(1));
    }

    /**
     * @param day a day
     * @return whether the period holds the day
     */
    public boolean holds(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    private static LocalDate firstDay(long monthIndex) {
        return LocalDate.of((int) Math.floorDiv(monthIndex, 12), (int) Math.floorMod(monthIndex, 12) + 1, 1);
    }
}
