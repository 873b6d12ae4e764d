package org.wangge.bench.baseline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.grid.Filing;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.grid.GridChange;
import org.wangge.kernel.model.matter.Engagement;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.GridWorker;
import org.wangge.kernel.model.worker.PayRecord;
import org.wangge.kernel.rules.Severity;

/** Art. 2 (ZG-02-01): what is out of scope, and the notices on it. Runs first: every other article's finding is filtered by it. */
final class Art02Scope {

    private Art02Scope() {
    }

    static void check(City c) {
        Set<String> grids = new HashSet<>();
        for (Grid g : c.s.grids()) {
            boolean any = false;
            for (String code : g.divisionCodes()) {
                any |= c.jurisdiction.covers(code);
            }
            if (!any) {
                grids.add(g.id());
                mark(c, "Grid", g.id());
            }
        }
        for (Organisation o : c.s.organisations()) {
            if (!c.jurisdiction.covers(o.divisionCode())) {
                mark(c, "Organisation", o.id());
            }
        }
        for (Case k : c.s.cases()) {
            if (grids.contains(k.gridId())) {
                mark(c, "Case", k.id());
            }
        }
        Set<String> workers = new HashSet<>();
        for (GridWorker w : c.s.workers()) {
            var byGrid = c.assignments.get(w.id());
            if (byGrid == null || byGrid.isEmpty()) {
                continue; // no assignment: in scope
            }
            boolean allOut = true;
            for (List<Assignment> as : byGrid.values()) {
                for (Assignment a : as) {
                    allOut &= grids.contains(a.gridId());
                }
            }
            if (allOut) {
                workers.add(w.id());
                mark(c, "GridWorker", w.id());
            }
        }
        Set<String> changes = new HashSet<>();
        for (GridChange g : c.s.gridChanges()) {
            if (grids.containsAll(g.gridIds())) {
                changes.add(g.id());
                c.outOfScope.add("GridChange " + g.id());
            }
        }
        for (Filing f : c.s.filings()) {
            if (changes.contains(f.gridChangeId())) {
                c.outOfScope.add("Filing " + f.id());
            }
        }
        for (Engagement e : c.s.engagements()) {
            if (grids.containsAll(e.gridIds())) {
                c.outOfScope.add("Engagement " + e.id());
            }
        }
        for (PayRecord p : c.s.payRecords()) {
            if (workers.contains(p.workerId())) {
                c.outOfScope.add("PayRecord " + p.id());
            }
        }
    }

    /** An out-of-scope subject of a kind that gets the notice. */
    private static void mark(City c, String kind, String id) {
        c.outOfScope.add(kind + ' ' + id);
        c.add("ZG-02-01", kind, id, c.day, Severity.NOTICE);
    }
}
