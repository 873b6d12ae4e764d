package org.wangge.bench.baseline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wangge.kernel.model.division.DivisionCodes;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.notice.NoticedWorker;
import org.wangge.kernel.model.notice.PublicNotice;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.rules.facts.NoticeMismatch;

/**
 * Art. 21: each active grid's current notice (the last posted by the check date) — its poster, place and contents
 * (ZG-21-01) and whether it lists the assigned workers once the refresh grace has passed (ZG-21-02).
 */
final class Art21PublicNotice {

    private Art21PublicNotice() {
    }

    static void check(City c) {
        Map<String, PublicNotice> current = new HashMap<>();
        for (PublicNotice n : c.s.notices()) {
            if (n.postedOn().isAfter(c.day)) {
                continue;
            }
            current.merge(n.gridId(), n, (a, b) -> later(a, b) ? a : b);
        }
        int grace = c.intParam("notice.refresh.grace.days");
        for (Grid g : c.activeGrids) {
            PublicNotice n = current.get(g.id());
            if (n == null) {
                c.violation("ZG-21-01", "Grid", g.id(), c.day);
                continue;
            }
            if (shows(c, g, n)) {
                c.violation("ZG-21-01", "Grid", g.id(), c.day);
            }
            if (disagrees(c, g, n, grace)) {
                c.warning("ZG-21-02", "Grid", g.id(), c.day);
            }
        }
    }

    private static boolean later(PublicNotice a, PublicNotice b) {
        int d = a.postedOn().compareTo(b.postedOn());
        return d > 0 || (d == 0 && a.id().compareTo(b.id()) > 0);
    }

    /** @return whether the notice breaches ZG-21-01 for any reason */
    private static boolean shows(City c, Grid g, PublicNotice n) {
        Organisation poster = c.orgs.get(n.postedById());
        if (poster == null || !poster.kind().isTownshipLevelGovernment()) {
            return true;
        }
        for (String code : g.divisionCodes()) {
            if (!DivisionCodes.within(code, poster.divisionCode())) {
                return true;
            }
        }
        if (n.postedAt() == null || !n.postedAt().mainActivityPlace()) {
            return true;
        }
        boolean inGrid = false;
        for (String code : g.divisionCodes()) {
            inGrid |= DivisionCodes.within(n.postedAt().divisionCode(), code);
        }
        if (!inGrid || !n.showsAllContents()) {
            return true;
        }
        for (NoticedWorker w : n.workers()) {
            if (!w.showsNameAndPhone()) {
                return true;
            }
        }
        return false;
    }

    /** @return whether some worker disagreement is past its grace (ZG-21-02) */
    private static boolean disagrees(City c, Grid g, PublicNotice n, int grace) {
        List<Assignment> active = c.activeAssignmentsOfGrid.getOrDefault(g.id(), List.of());
        Map<String, LocalDate> newest = new HashMap<>();
        for (Assignment a : active) {
            newest.merge(a.workerId(), a.from(), (x, y) -> x.isAfter(y) ? x : y);
        }
        for (Map.Entry<String, LocalDate> e : newest.entrySet()) {
            if (!n.lists(e.getKey()) && overdue(g, n, e.getKey(), true, e.getValue(), grace, c)) {
                return true;
            }
        }
        for (NoticedWorker w : n.workers()) {
            if (newest.containsKey(w.workerId())) {
                continue;
            }
            LocalDate since = n.postedOn();
            LocalDate lastEnd = null;
            for (Assignment a : c.assignmentsOf(w.workerId(), g.id())) {
                if (a.to() != null && a.to().isBefore(c.day) && (lastEnd == null || a.to().isAfter(lastEnd))) {
                    lastEnd = a.to();
                }
            }
            if (lastEnd != null) {
                since = lastEnd.plusDays(1);
            }
            if (overdue(g, n, w.workerId(), false, since, grace, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overdue(Grid g, PublicNotice n, String worker, boolean missing, LocalDate since, int grace, City c) {
        return new NoticeMismatch(g.id(), n.id(), worker, missing, since, since.plusDays(grace)).overdueOn(c.day);
    }
}
