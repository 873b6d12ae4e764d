package org.wangge.kernel.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the built-in PRC calendar day by day against the State Council's notices, transcribed here
 * independently of the data files: every day of 2024, 2025 and 2026.
 */
@DisplayName("The built-in PRC calendar matches the State Council's notices")
class PrcWorkingDayCalendarTest {

    /**
     * Every statutory holiday day (放假) of each notice, one date at a time, typed from the notice text
     * (not from the data files, not as ranges).
     */
    private static final Map<Integer, Set<String>> HOLIDAYS = Map.of(
            // 国办发明电〔2023〕7号
            2024, Set.of(
                    "2024-01-01",
                    "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15",
                    "2024-02-16", "2024-02-17",
                    "2024-04-04", "2024-04-05", "2024-04-06",
                    "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05",
                    "2024-06-10",
                    "2024-09-15", "2024-09-16", "2024-09-17",
                    "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06",
                    "2024-10-07"),
            // 国办发明电〔2024〕12号
            2025, Set.of(
                    "2025-01-01",
                    "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02",
                    "2025-02-03", "2025-02-04",
                    "2025-04-04", "2025-04-05", "2025-04-06",
                    "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
                    "2025-05-31", "2025-06-01", "2025-06-02",
                    "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06",
                    "2025-10-07", "2025-10-08"),
            // 国办发明电〔2025〕7号
            2026, Set.of(
                    "2026-01-01", "2026-01-02", "2026-01-03",
                    "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                    "2026-02-21", "2026-02-22", "2026-02-23",
                    "2026-04-04", "2026-04-05", "2026-04-06",
                    "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
                    "2026-06-19", "2026-06-20", "2026-06-21",
                    "2026-09-25", "2026-09-26", "2026-09-27",
                    "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06",
                    "2026-10-07"));

    /** Every make-up working day (上班) of each notice. */
    private static final Map<Integer, Set<String>> MAKE_UP_WORKDAYS = Map.of(
            2024, Set.of("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
                    "2024-09-29", "2024-10-12"),
            2025, Set.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"),
            2026, Set.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));

    /** Working days per year, counted by hand: weekdays - holiday weekdays + make-up days. */
    private static final Map<Integer, Integer> WORKING_DAYS_PER_YEAR = Map.of(
            2024, 262 - 19 + 8,  // 251: leap year starting on Monday
            2025, 261 - 18 + 5,  // 248
            2026, 261 - 19 + 6); // 248

    private final WorkingDayCalendar prc = WorkingDayCalendarLoader.prc();

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2024, 2025, 2026})
    @DisplayName("every day of the year is a working day exactly when the notice says so")
    void everyDayOfTheYearMatchesTheNotice(int year) {
        Set<LocalDate> holidays = dates(HOLIDAYS.get(year));
        Set<LocalDate> makeUps = dates(MAKE_UP_WORKDAYS.get(year));
        List<String> mismatches = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean expectedWorking = makeUps.contains(day) || (!holidays.contains(day) && !weekend);
            if (prc.isWorkingDay(day) != expectedWorking
                    || prc.isHoliday(day) != holidays.contains(day)
                    || prc.isMakeUpWorkday(day) != makeUps.contains(day)) {
                mismatches.add(day + " (" + day.getDayOfWeek() + "): expected working=" + expectedWorking
                        + " holiday=" + holidays.contains(day) + " makeUp=" + makeUps.contains(day)
                        + ", got working=" + prc.isWorkingDay(day) + " holiday=" + prc.isHoliday(day)
                        + " makeUp=" + prc.isMakeUpWorkday(day));
            }
        }
        assertThat(mismatches).as("days that differ from the notice").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2024, 2025, 2026})
    @DisplayName("the year has the number of working days the notice implies")
    void theYearHasTheExpectedNumberOfWorkingDays(int year) {
        // The day before 1 January is excluded, so it is never looked up (2023 is not covered).
        assertThat(prc.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)))
                .isEqualTo(WORKING_DAYS_PER_YEAR.get(year));
    }

    @Test
    @DisplayName("2024 has 251 working days, 2025 and 2026 have 248 each")
    void workingDayCountsPerYear() {
        assertThat(WORKING_DAYS_PER_YEAR).containsExactlyInAnyOrderEntriesOf(Map.of(2024, 251, 2025, 248, 2026, 248));
        assertThat(prc.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .as("1 Jan 2024 is a holiday, so excluding it changes nothing")
                .isEqualTo(251);
        assertThat(prc.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2026, 12, 31)))
                .isEqualTo(251 + 248 + 248);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2024, 2025, 2026})
    @DisplayName("every make-up working day in the table falls on a weekend and no holiday is one")
    void theTableItselfIsConsistent(int year) {
        assertThat(dates(MAKE_UP_WORKDAYS.get(year)))
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                .doesNotContainAnyElementsOf(dates(HOLIDAYS.get(year)));
        assertThat(dates(HOLIDAYS.get(year))).allSatisfy(d -> assertThat(d.getYear()).isEqualTo(year));
    }

    @Test
    @DisplayName("the built-in calendar covers exactly 2024, 2025 and 2026 and cites each notice")
    void coversTheShippedYearsAndCitesTheNotices() {
        assertThat(prc.coveredYears()).containsExactly(2024, 2025, 2026);
        assertThat(prc.hasWeekdayFallback()).isFalse();
        assertThat(prc.source(2024)).hasValueSatisfying(s -> assertThat(s).contains("国办发明电〔2023〕7号"));
        assertThat(prc.source(2025)).hasValueSatisfying(s -> assertThat(s).contains("国办发明电〔2024〕12号"));
        assertThat(prc.source(2026)).hasValueSatisfying(s -> assertThat(s).contains("国办发明电〔2025〕7号"));
        assertThat(prc.source(2027)).isEmpty();
    }

    @Test
    @DisplayName("the built-in calendar is loaded once and cached")
    void theBuiltInCalendarIsCached() {
        assertThat(WorkingDayCalendarLoader.prc()).isSameAs(WorkingDayCalendarLoader.prc());
    }

    @Test
    @DisplayName("every shipped schedule file is listed in the index, and every listed file is shipped")
    void everyShippedFileIsIndexed() throws IOException {
        Path dir = Path.of("src/main/resources/org/wangge/kernel/model/calendar");
        Set<String> shipped;
        try (Stream<Path> files = Files.list(dir)) {
            shipped = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("prc-") && n.endsWith(".txt"))
                    .collect(Collectors.toSet());
        }
        assertThat(WorkingDayCalendarLoader.prcFileNames()).containsExactlyInAnyOrderElementsOf(shipped);
    }

    @Test
    @DisplayName("holidays and make-up days carry the festival's name")
    void labelsNameTheFestival() {
        assertThat(prc.label(LocalDate.of(2024, 10, 1))).hasValue("国庆节");
        assertThat(prc.label(LocalDate.of(2024, 9, 29))).hasValue("国庆节调休");
        assertThat(prc.label(LocalDate.of(2025, 10, 6))).hasValue("国庆节、中秋节");
        assertThat(prc.label(LocalDate.of(2024, 10, 9))).isEmpty();
    }

    private static Set<LocalDate> dates(Set<String> texts) {
        return texts.stream().map(LocalDate::parse).collect(Collectors.toSet());
    }
}
