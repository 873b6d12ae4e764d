/**
 * The official PRC working-day calendar (工作日历): statutory holidays and make-up working days
 * (调休) from the State Council's yearly notices, loaded from plain-text data files, and the
 * working-day arithmetic the Measures' deadlines use.
 *
 * <p>Entry points: {@link org.wangge.kernel.model.calendar.WorkingDayCalendarLoader#prc()} for the
 * built-in calendar, {@link org.wangge.kernel.model.calendar.WorkingDayCalendar} for the questions
 * and the arithmetic. The data format and the yearly update procedure are described in
 * {@code docs/working-day-calendar.md}.
 */
package org.wangge.kernel.model.calendar;
