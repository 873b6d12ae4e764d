package org.wangge.kernel.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.wangge.kernel.model.calendar.CalendarNotCoveredException;
import org.wangge.kernel.model.calendar.WorkingDayCalendarLoader;
import org.wangge.kernel.process.internal.InstanceClock;

/** The working-day business calendar on its own (timers through it: {@link CaseHandlingTests}). */
class WorkingDayBusinessCalendarTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    final InstanceClock clock = new InstanceClock(TimeZone.getTimeZone(BEIJING));
    final WorkingDayBusinessCalendar calendar = new WorkingDayBusinessCalendar(clock, WorkingDayCalendarLoader.prc(), BEIJING);

    LocalDateTime due(LocalDateTime now, String duration) {
        clock.setCurrentTime(Date.from(now.atZone(BEIJING).toInstant()));
        return LocalDateTime.ofInstant(calendar.resolveDuedate(duration).toInstant(), BEIJING);
    }

    @Test
    void five_working_days_from_friday_2024_09_27_end_on_thursday_2024_10_10() {
        assertThat(due(LocalDateTime.of(2024, 9, 27, 10, 0), "5 working days")).isEqualTo(LocalDateTime.of(2024, 10, 10, 23, 59, 59));
        assertThat(due(LocalDateTime.of(2024, 9, 27, 23, 59), WorkingDayBusinessCalendar.workingDays(5)))
                .isEqualTo(LocalDateTime.of(2024, 10, 10, 23, 59, 59));
    }

    @Test
    void the_start_day_is_never_counted_and_make_up_days_count() {
        assertThat(due(LocalDateTime.of(2024, 10, 1, 9, 0), "1 working day")).isEqualTo(LocalDateTime.of(2024, 10, 8, 23, 59, 59));
        assertThat(due(LocalDateTime.of(2024, 9, 27, 9, 0), "1 working day")).isEqualTo(LocalDateTime.of(2024, 9, 29, 23, 59, 59));
        assertThat(due(LocalDateTime.of(2025, 1, 27, 9, 0), "3 Working Days")).isEqualTo(LocalDateTime.of(2025, 2, 7, 23, 59, 59));
    }

    @Test
    void the_day_is_the_calendars_zone_not_the_jvms() {
        // 2024-09-27T20:00Z is already Saturday 04:00 in Beijing: one working day later is Sunday 09-29 (make-up day)
        clock.setCurrentTime(Date.from(java.time.Instant.parse("2024-09-27T20:00:00Z")));
        assertThat(LocalDateTime.ofInstant(calendar.resolveDuedate("1 working day").toInstant(), BEIJING))
                .isEqualTo(LocalDateTime.of(2024, 9, 29, 23, 59, 59));
    }

    @Test
    void clock_durations_are_clock_time() {
        assertThat(due(LocalDateTime.of(2024, 9, 30, 22, 0), WorkingDayBusinessCalendar.clockHours(24)))
                .isEqualTo(LocalDateTime.of(2024, 10, 1, 22, 0));
    }

    @Test
    void a_count_into_an_uncovered_year_is_refused_not_guessed() {
        assertThatThrownBy(() -> due(LocalDateTime.of(2031, 12, 30, 9, 0), "5 working days"))
                .isInstanceOf(CalendarNotCoveredException.class);
        assertThatThrownBy(() -> WorkingDayBusinessCalendar.workingDays(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
