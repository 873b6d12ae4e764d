package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.cases.HandBack;

/**
 * Hand-backs (退回) of a case by department, for Art. 15 ¶2 (认真办理, ZG-15-05): a department hands a case back only
 * with a recorded reason and not more than {@code case.handback.max} times. Only hand-backs from the day the
 * Measures took effect count (Art. 24).
 */
public final class HandBacks {

    /** The day the Measures took effect (Art. 24). */
    public static final LocalDateTime IN_FORCE = LocalDate.of(2024, 2, 1).atStartOfDay();

    private HandBacks() {
    }

    /**
     * @param c a case
     * @return its hand-backs on or after 2024-02-01 without a recorded reason, in order
     */
    public static List<HandBack> withoutReason(Case c) {
        List<HandBack> out = new ArrayList<>();
        for (HandBack h : c.handBacks()) {
            if (!h.at().isBefore(IN_FORCE) && !h.hasReason()) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * @param c   a case
     * @param max the most hand-backs one department may make of it
     * @return per department, the hand-back that first went over the maximum (its {@code max + 1}-th on or after
     *         2024-02-01), in order of time
     */
    public static List<HandBack> overMaximum(Case c, int max) {
        Map<String, Integer> counts = new HashMap<>();
        List<HandBack> out = new ArrayList<>();
        for (HandBack h : inOrder(c)) {
            if (h.at().isBefore(IN_FORCE)) {
                continue;
            }
            int n = counts.merge(h.departmentId(), 1, Integer::sum);
            if (n == max + 1) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * @param c            a case
     * @param departmentId a department
     * @return how many times the department handed the case back on or after 2024-02-01
     */
    public static int countBy(Case c, String departmentId) {
        return countBy(c, departmentId, LocalDateTime.MAX);
    }

    /**
     * @param c            a case
     * @param departmentId a department
     * @param until        the end of the check day: later hand-backs have not happened as of it
     * @return how many times the department handed the case back from 2024-02-01 until then
     */
    public static int countBy(Case c, String departmentId, LocalDateTime until) {
        int n = 0;
        for (HandBack h : c.handBacks()) {
            if (!h.at().isBefore(IN_FORCE) && !h.at().isAfter(until) && h.departmentId().equals(departmentId)) {
                n++;
            }
        }
        return n;
    }

    /**
     * @param c     a case
     * @param until the end of the check day: later hand-backs have not happened as of it (issue 18)
     * @return whether the case was handed back at all by then
     */
    public static boolean anyBy(Case c, LocalDateTime until) {
        for (HandBack h : c.handBacks()) {
            if (!h.at().isAfter(until)) {
                return true;
            }
        }
        return false;
    }

    private static List<HandBack> inOrder(Case c) {
        List<HandBack> sorted = new ArrayList<>(c.handBacks());
        sorted.sort(java.util.Comparator.comparing(HandBack::at));
        return sorted;
    }
}
