package org.wangge.kernel.rules.facts;

import java.time.LocalDateTime;
import java.util.Objects;
import org.wangge.kernel.model.calendar.CalendarNotCoveredException;
import org.wangge.kernel.model.calendar.WorkingDayCalendar;
import org.wangge.kernel.model.cases.Case;

/**
 * The time limit of one step of a case (definition): the grid worker's resolve-or-report (Art. 14),
 * the platform's acceptance (Art. 15 ¶1), the department's feedback (Art. 15 ¶2), and the routing of
 * an obstruction case to public security (Art. 23). Rules compute it for each case and step from the
 * parameters in force and derive it as a fact only when it is missed as of the check date: the articles act
 * on missed limits alone, and a fact per step of every case was a quarter of a city check's heap.
 *
 * @param kase     the case
 * @param step     which step the limit is for
 * @param start    when the clock started
 * @param deadline the last instant still in time
 * @param done     when the step was done, or null while it is not
 * @param limitZh  the limit in words, in Chinese, e.g. {@code 5 个工作日}
 * @param limitEn  the limit in words, in English, e.g. {@code 5 working days}
 */
public record CaseDeadline(Case kase, Step step, LocalDateTime start, LocalDateTime deadline, LocalDateTime done,
        String limitZh, String limitEn) {

    /** The steps of a case that have a time limit. */
    public enum Step {
        /** Art. 14: the worker resolves the collected matter or reports it through the platform. */
        REPORT,
        /** Art. 15 ¶1: the platform accepts (受理) a reported case. */
        ACCEPT,
        /** Art. 15 ¶2: the department feeds back (反馈) on an assigned case. */
        FEEDBACK,
        /** Art. 15 ¶1, ¶2: the platform assigns (交办) an accepted case to a department. */
        ASSIGN,
        /** Art. 23: the platform routes an accepted obstruction case to public security. */
        ROUTE_TO_PUBLIC_SECURITY,
        /** Art. 15 ¶2 (快速响应): the assigned department signs for (签收) the case. */
        SIGN_FOR
    }

    /** Refuses missing parts (all but {@code done}). */
    public CaseDeadline {
        Objects.requireNonNull(kase, "kase");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** @return the case's id */
    public String caseId() {
        return kase.id();
    }

    /**
     * Whether the limit is missed as of a check: the step was done (by the end of the check day) after the deadline,
     * or it is still not done by then and the deadline is before the end of the check day.
     *
     * @param endOfCheckDay the end of the check day ({@link AsOf#endOfDay()})
     * @return whether the limit is missed
     */
    public boolean missedAsOf(LocalDateTime endOfCheckDay) {
        LocalDateTime doneBy = doneBy(endOfCheckDay);
        return doneBy != null ? doneBy.isAfter(deadline) : deadline.isBefore(endOfCheckDay);
    }

    /**
     * @param endOfCheckDay the end of the check day
     * @return when the step was done, if it was done by then; null when it was not yet (a step done after the check
     *         date has not happened as of it, issue 18)
     */
    public LocalDateTime doneBy(LocalDateTime endOfCheckDay) {
        return done != null && !done.isAfter(endOfCheckDay) ? done : null;
    }

    /**
     * @param endOfCheckDay the end of the check day
     * @return this limit as known at the end of the check day: a step done after it is not done yet
     */
    public CaseDeadline asOf(LocalDateTime endOfCheckDay) {
        LocalDateTime doneBy = doneBy(endOfCheckDay);
        return doneBy == done ? this : new CaseDeadline(kase, step, start, deadline, doneBy, limitZh, limitEn);
    }

    /** @return whether the case is a safety hazard (its flag, or its Art. 9 item (6)): the shorter limits apply */
    public boolean isHazard() {
        return isHazard(kase);
    }

    /**
     * @param c a case
     * @return whether it is a safety hazard (its flag, or its Art. 9 item (6))
     */
    public static boolean isHazard(Case c) {
        return c.safetyHazard() || c.category() == org.wangge.kernel.model.matter.MatterCategory.SAFETY_HAZARDS;
    }

    /** @return the day the limit fell due: a step that fell due before the Measures took effect is out of scope (Art. 24) */
    public java.time.LocalDate dueOn() {
        return deadline.toLocalDate();
    }

    /**
     * @param c     a case
     * @param after an instant
     * @return the first hand-back of the case at or after the instant, or null: a hand-back answers an assignment
     *         (the case goes back to the platform), so the department's sign-for and feedback are no longer due
     */
    public static LocalDateTime firstHandBackAtOrAfter(Case c, LocalDateTime after) {
        LocalDateTime first = null;
        for (org.wangge.kernel.model.cases.HandBack h : c.handBacks()) {
            if (!h.at().isBefore(after) && (first == null || h.at().isBefore(first))) {
                first = h.at();
            }
        }
        return first;
    }

    /**
     * @param at a time, or null
     * @return whether the step was done, and done at that time (which of several acts did it)
     */
    public boolean doneAt(LocalDateTime at) {
        return done != null && done.equals(at);
    }

    /** @return whether the step is done, in time or not */
    public boolean isDone() {
        return done != null;
    }

    /**
     * @param calendar the working-day calendar
     * @param start    when the clock starts
     * @param days     a limit in working days
     * @return the end of the {@code days}-th working day after start's date (see
     *         {@link Deadlines#workingDaysAfter}), or null when the calendar does not cover the days
     *         counted: such a limit cannot be judged, so no finding is made on it
     */
    public static LocalDateTime workingDaysAfterOrNull(WorkingDayCalendar calendar, LocalDateTime start, int days) {
        try {
            return Deadlines.workingDaysAfter(calendar, start, days);
        } catch (CalendarNotCoveredException e) {
            return null;
        }
    }

    /**
     * @param first  a time, or null
     * @param second a time, or null
     * @return the earlier of two times, ignoring nulls; null when both are null
     */
    public static LocalDateTime earliest(LocalDateTime first, LocalDateTime second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        return first.isBefore(second) ? first : second;
    }
}
