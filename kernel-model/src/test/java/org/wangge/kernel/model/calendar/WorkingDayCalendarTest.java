package org.wangge.kernel.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.ModelValidationException;

@DisplayName("Working-day calendar rules")
class WorkingDayCalendarTest {

    private final WorkingDayCalendar prc = WorkingDayCalendarLoader.prc();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    @DisplayName("which days are working days")
    class WhichDays {

        @Test
        void aSundayDeclaredAMakeUpDayIsAWorkingDay() {
            assertThat(prc.isWorkingDay(d("2024-09-29"))).isTrue();
            assertThat(prc.isMakeUpWorkday(d("2024-09-29"))).isTrue();
            assertThat(prc.isHoliday(d("2024-09-29"))).isFalse();
        }

        @Test
        void aSaturdayDeclaredAMakeUpDayIsAWorkingDay() {
            assertThat(prc.isWorkingDay(d("2024-10-12"))).isTrue();
            assertThat(prc.isMakeUpWorkday(d("2024-10-12"))).isTrue();
        }

        @Test
        void noDayOfTheNationalDayHolidayIsAWorkingDay() {
            for (LocalDate day = d("2024-10-01"); !day.isAfter(d("2024-10-07")); day = day.plusDays(1)) {
                assertThat(prc.isWorkingDay(day)).as(day.toString()).isFalse();
                assertThat(prc.isHoliday(day)).as(day.toString()).isTrue();
            }
        }

        @Test
        void anOrdinaryWeekendIsNeitherWorkingDayNorHoliday() {
            assertThat(prc.isWorkingDay(d("2024-10-19"))).isFalse();
            assertThat(prc.isHoliday(d("2024-10-19"))).isFalse();
            assertThat(prc.isMakeUpWorkday(d("2024-10-19"))).isFalse();
        }

        @Test
        void anOrdinaryWeekdayIsAWorkingDay() {
            assertThat(prc.isWorkingDay(d("2024-10-08"))).isTrue();
        }

        @Test
        void newYearsEveEncouragedOffIsStillAWorkingDay() {
            // 2024 notice: employers are "encouraged" to give 2月9日 off, but it is not 放假.
            assertThat(prc.isWorkingDay(d("2024-02-09"))).isTrue();
        }
    }

    @Nested
    @DisplayName("N working days after a start date")
    class AddWorkingDays {

        @Test
        void fiveWorkingDaysAfterFriday27September2024IsThursday10October() {
            assertThat(prc.addWorkingDays(d("2024-09-27"), 5)).isEqualTo(d("2024-10-10"));
        }

        @Test
        void aDeadlineAcrossAHolidaySkipsEveryHolidayDay() {
            // 2025 Spring Festival: 01-28..02-04 off; Sunday 01-26 and Saturday 02-08 are make-up days.
            // From Monday 2025-01-27: 02-05 (1), 02-06 (2), 02-07 (3).
            assertThat(prc.addWorkingDays(d("2025-01-27"), 3)).isEqualTo(d("2025-02-07"));
            // 2026 Spring Festival: 02-15..02-23 off; Saturday 02-14 is a make-up day.
            // From Friday 2026-02-13: 02-14 (1, make-up), 02-24 (2).
            assertThat(prc.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
        }

        @Test
        void aDeadlineAcrossAMakeUpWorkingDayCountsThatWeekendDay() {
            // Saturday 2024-05-11 is a make-up day: from Friday 05-10, one working day later is Saturday.
            assertThat(prc.addWorkingDays(d("2024-05-10"), 1)).isEqualTo(d("2024-05-11"));
            // ... and 2 later is Monday 05-13 (Sunday 05-12 is an ordinary weekend day).
            assertThat(prc.addWorkingDays(d("2024-05-10"), 2)).isEqualTo(d("2024-05-13"));
            // An ordinary Friday: the next working day is Monday.
            assertThat(prc.addWorkingDays(d("2024-05-17"), 1)).isEqualTo(d("2024-05-20"));
        }

        @Test
        void zeroWorkingDaysAfterAStartIsTheStartItself() {
            assertThat(prc.addWorkingDays(d("2024-09-27"), 0)).isEqualTo(d("2024-09-27"));
            assertThat(prc.addWorkingDays(d("2024-10-01"), 0)).as("even a holiday").isEqualTo(d("2024-10-01"));
            assertThat(prc.addWorkingDays(d("2030-01-01"), 0)).as("no day is examined").isEqualTo(d("2030-01-01"));
        }

        @Test
        void aStartOnAHolidayIsNotCountedAndCountingBeginsTheNextDay() {
            assertThat(prc.addWorkingDays(d("2024-10-01"), 1)).isEqualTo(d("2024-10-08"));
            assertThat(prc.addWorkingDays(d("2024-10-03"), 3)).isEqualTo(d("2024-10-10"));
        }

        @Test
        void aStartOnAWorkingDayIsNotCountedEither() {
            assertThat(prc.addWorkingDays(d("2024-10-08"), 1)).isEqualTo(d("2024-10-09"));
        }

        @Test
        void aDeadlineMayRunIntoTheNextCoveredYear() {
            // 2024-12-31 (Tue) + 1 = 2025-01-02, because 2025-01-01 is 元旦.
            assertThat(prc.addWorkingDays(d("2024-12-31"), 1)).isEqualTo(d("2025-01-02"));
        }

        @Test
        void aNegativeNumberOfWorkingDaysIsRefused() {
            assertThatThrownBy(() -> prc.addWorkingDays(d("2024-10-08"), -1))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("WorkingDayCalendar.n");
        }

        @Test
        void countingBackWithWorkingDaysBetweenGivesNForEveryStartAndN() {
            for (LocalDate start = d("2024-01-01"); start.isBefore(d("2026-11-01")); start = start.plusDays(1)) {
                for (int n = 0; n <= 25; n++) {
                    LocalDate end = prc.addWorkingDays(start, n);
                    assertThat(prc.workingDaysBetween(start, end)).as(start + " + " + n).isEqualTo(n);
                    if (n > 0) {
                        assertThat(prc.isWorkingDay(end)).as(start + " + " + n).isTrue();
                    }
                }
            }
        }
    }

    @Nested
    @DisplayName("working days between two dates")
    class Between {

        @Test
        void theFirstDateIsExcludedAndTheLastIncluded() {
            assertThat(prc.workingDaysBetween(d("2024-10-08"), d("2024-10-09"))).isEqualTo(1);
            assertThat(prc.workingDaysBetween(d("2024-10-08"), d("2024-10-08"))).isZero();
            assertThat(prc.workingDaysBetween(d("2024-09-27"), d("2024-10-10"))).isEqualTo(5);
        }

        @Test
        void aReversedIntervalIsRefused() {
            assertThatThrownBy(() -> prc.workingDaysBetween(d("2024-10-09"), d("2024-10-08")))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("WorkingDayCalendar.toInclusive");
        }
    }

    @Nested
    @DisplayName("years not covered")
    class Uncovered {

        @Test
        void aDateInAYearNotLoadedThrowsNamingTheDateAndTheFix() {
            assertThatThrownBy(() -> prc.isWorkingDay(d("2027-03-01")))
                    .isInstanceOf(CalendarNotCoveredException.class)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("2027-03-01")
                    .hasMessageContaining("covers 2024, 2025, 2026")
                    .hasMessageContaining("Add the 2027 schedule")
                    .hasMessageContaining("calendar data")
                    .satisfies(e -> assertThat(((CalendarNotCoveredException) e).date()).isEqualTo(d("2027-03-01")));
            assertThatThrownBy(() -> prc.isHoliday(d("2023-10-01"))).isInstanceOf(CalendarNotCoveredException.class);
            assertThatThrownBy(() -> prc.isMakeUpWorkday(d("2023-10-01"))).isInstanceOf(CalendarNotCoveredException.class);
        }

        @Test
        void aDeadlineThatRunsPastTheLastCoveredYearThrowsAtTheFirstUncoveredDay() {
            assertThatThrownBy(() -> prc.addWorkingDays(d("2026-12-30"), 5))
                    .isInstanceOf(CalendarNotCoveredException.class)
                    .hasMessageContaining("2027-01-01");
        }

        @Test
        void coversTellsWhetherTheYearIsLoaded() {
            assertThat(prc.covers(d("2026-12-31"))).isTrue();
            assertThat(prc.covers(d("2027-01-01"))).isFalse();
            assertThat(prc.covers(d("2023-12-31"))).isFalse();
        }

        @Test
        void theFallbackCalendarTreatsUncoveredYearsAsMondayToFridayWorking() {
            WorkingDayCalendar lenient = prc.withWeekdayFallback();
            assertThat(lenient.hasWeekdayFallback()).isTrue();
            assertThat(lenient.isWorkingDay(d("2027-01-01"))).as("a Friday, even though 元旦").isTrue();
            assertThat(lenient.isWorkingDay(d("2027-01-02"))).as("a Saturday").isFalse();
            assertThat(lenient.isHoliday(d("2027-01-01"))).isFalse();
            assertThat(lenient.isMakeUpWorkday(d("2027-01-02"))).isFalse();
            assertThat(lenient.covers(d("2027-01-01"))).as("fallback does not cover").isFalse();
            assertThat(lenient.coveredYears()).containsExactly(2024, 2025, 2026);
            // Covered years keep their official schedule.
            assertThat(lenient.isWorkingDay(d("2024-10-01"))).isFalse();
            assertThat(lenient.isWorkingDay(d("2024-09-29"))).isTrue();
            // 2026-12-30 (Wed) + 5: 12-31, then 2027-01-01 (Fri), 01-04, 01-05, 01-06.
            assertThat(lenient.addWorkingDays(d("2026-12-30"), 5)).isEqualTo(d("2027-01-06"));
        }

        @Test
        void withWeekdayFallbackLeavesTheStrictCalendarStrict() {
            prc.withWeekdayFallback();
            assertThat(prc.hasWeekdayFallback()).isFalse();
            assertThatThrownBy(() -> prc.isWorkingDay(d("2027-01-04"))).isInstanceOf(CalendarNotCoveredException.class);
        }
    }

    @Nested
    @DisplayName("building and combining calendars")
    class Building {

        private WorkingDayCalendar calendar2027() {
            return WorkingDayCalendar.builder()
                    .year(2027, "test schedule")
                    .holidays(d("2027-10-01"), d("2027-10-07"), "国庆节")
                    .makeUpWorkday(d("2027-09-26"), "国庆节调休")
                    .holiday(d("2027-01-01"), "元旦")
                    .build();
        }

        @Test
        void aBuiltCalendarAnswersLikeALoadedOne() {
            WorkingDayCalendar c = calendar2027();
            assertThat(c.coveredYears()).containsExactly(2027);
            assertThat(c.isHoliday(d("2027-10-04"))).isTrue();
            assertThat(c.isWorkingDay(d("2027-09-26"))).isTrue();
            assertThat(c.isWorkingDay(d("2027-01-01"))).isFalse();
            assertThat(c.source(2027)).hasValue("test schedule");
        }

        @Test
        void aYearDeclaredWithoutDatesHasOnlyThePlainWeek() {
            WorkingDayCalendar c = WorkingDayCalendar.builder().year(2030, "none").build();
            assertThat(c.workingDaysBetween(d("2029-12-31"), d("2030-12-31"))).isEqualTo(261);
        }

        @Test
        void aCalendarCanBeExtendedWithAnotherYear() {
            WorkingDayCalendar combined = prc.plus(calendar2027());
            assertThat(combined.coveredYears()).containsExactly(2024, 2025, 2026, 2027);
            assertThat(combined.isWorkingDay(d("2027-10-04"))).isFalse();
            assertThat(combined.isWorkingDay(d("2024-09-29"))).isTrue();
        }

        @Test
        void combiningCalendarsThatShareAYearIsRefused() {
            assertThatThrownBy(() -> prc.plus(prc))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("2024");
        }

        @Test
        void theBuilderRefusesADateInAnUndeclaredYear() {
            assertThatThrownBy(() -> WorkingDayCalendar.builder().year(2027, "s").holiday(d("2028-01-01"), "元旦"))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("2028-01-01")
                    .hasMessageContaining("year(2028, source)");
        }

        @Test
        void theBuilderRefusesADayThatIsBothHolidayAndMakeUpDay() {
            assertThatThrownBy(() -> WorkingDayCalendar.builder().year(2027, "s")
                    .holiday(d("2027-10-02"), "国庆节").makeUpWorkday(d("2027-10-02"), "调休"))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("already listed as a holiday");
        }

        @Test
        void theBuilderRefusesAMakeUpDayOnAWeekday() {
            assertThatThrownBy(() -> WorkingDayCalendar.builder().year(2027, "s").makeUpWorkday(d("2027-10-08"), "x"))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("Saturday or Sunday");
        }

        @Test
        void theBuilderRefusesAReversedOrYearCrossingRange() {
            assertThatThrownBy(() -> WorkingDayCalendar.builder().year(2027, "s")
                    .holidays(d("2027-10-07"), d("2027-10-01"), "x"))
                    .isInstanceOf(ModelValidationException.class);
            assertThatThrownBy(() -> WorkingDayCalendar.builder().year(2027, "s").year(2028, "s")
                    .holidays(d("2027-12-31"), d("2028-01-01"), "x"))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("same year");
        }

        @Test
        void theBuilderRefusesAYearDeclaredTwiceOrWithoutSource() {
            assertThatThrownBy(() -> WorkingDayCalendar.builder().year(2027, "s").year(2027, "t"))
                    .isInstanceOf(ModelValidationException.class);
            assertThatThrownBy(() -> WorkingDayCalendar.builder().year(2027, " "))
                    .isInstanceOf(ModelValidationException.class);
        }

        @Test
        void calendarsWithTheSameDataAreEqual() {
            assertThat(calendar2027()).isEqualTo(calendar2027()).hasSameHashCodeAs(calendar2027());
            assertThat(calendar2027()).isNotEqualTo(calendar2027().withWeekdayFallback());
            assertThat(calendar2027().toString()).contains("2027");
        }

        @Test
        void coveredYearsCannotBeModified() {
            assertThatThrownBy(() -> prc.coveredYears().add(2030)).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
