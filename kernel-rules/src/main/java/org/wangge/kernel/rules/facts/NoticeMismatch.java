package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

/**
 * One worker on whom a grid's current public notice and its assignments disagree (Art. 21,
 * ZG-21-02): a worker assigned to the grid whom the notice does not list ({@code missing}), or a
 * worker the notice lists who is no longer (or not) assigned to it. Each disagreement has its own
 * change day and its own grace ({@code notice.refresh.grace.days}): a later change does not
 * restart the clock of an earlier one.
 *
 * @param gridId    the grid
 * @param noticeId  the notice
 * @param workerId  the worker
 * @param missing   true: assigned but not listed; false: listed but not assigned
 * @param changedOn the day the disagreement began: the start of the worker's newest assignment in
 *                  force (missing), the day after the end of the worker's last assignment to the grid
 *                  (listed), or the notice's posting day when the worker was never assigned to it
 * @param graceEnds the last day on which the notice may still disagree
 */
public record NoticeMismatch(String gridId, String noticeId, String workerId, boolean missing, LocalDate changedOn,
        LocalDate graceEnds) {

    /**
     * @param day the check date
     * @return whether the grace has passed on that day
     */
    public boolean overdueOn(LocalDate day) {
        return day.isAfter(graceEnds);
    }

    /**
     * @param mismatches mismatches ({@code NoticeMismatch} objects, as a rule collects them)
     * @return the ids of the workers assigned but not listed, sorted and comma-separated, or "—"
     */
    public static String missingWorkers(Collection<?> mismatches) {
        return ids(mismatches, true);
    }

    /**
     * @param mismatches mismatches ({@code NoticeMismatch} objects)
     * @return the ids of the workers listed but not assigned, sorted and comma-separated, or "—"
     */
    public static String extraWorkers(Collection<?> mismatches) {
        return ids(mismatches, false);
    }

    /**
     * @param mismatches mismatches ({@code NoticeMismatch} objects), not empty
     * @return the earliest change day among them: since when the notice has been out of date
     */
    public static LocalDate earliestChange(Collection<?> mismatches) {
        LocalDate min = null;
        for (Object o : mismatches) {
            NoticeMismatch m = (NoticeMismatch) o;
            if (min == null || m.changedOn.isBefore(min)) {
                min = m.changedOn;
            }
        }
        return min;
    }

    /**
     * @param mismatches mismatches ({@code NoticeMismatch} objects)
     * @param missing    true for the assigned workers the notice does not list, false for the listed workers not assigned
     * @return their worker ids, sorted
     */
    public static java.util.List<String> workerIds(Collection<?> mismatches, boolean missing) {
        TreeSet<String> ids = new TreeSet<>();
        for (Object o : mismatches) {
            NoticeMismatch m = (NoticeMismatch) o;
            if (m.missing == missing) {
                ids.add(m.workerId);
            }
        }
        return java.util.List.copyOf(ids);
    }

    private static String ids(Collection<?> mismatches, boolean missing) {
        TreeSet<String> ids = new TreeSet<>();
        for (Object o : mismatches) {
            NoticeMismatch m = (NoticeMismatch) o;
            if (m.missing == missing) {
                ids.add(m.workerId);
            }
        }
        return ids.isEmpty() ? "—" : String.join(",", ids);
    }
}
