package org.wangge.bench.baseline;

import java.util.List;
import org.wangge.kernel.model.division.DivisionCodes;
import org.wangge.kernel.model.grid.Grid;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.model.worker.Assignment;
import org.wangge.kernel.model.worker.GridWorker;

/** Art. 12 ¶1 (ZG-12-01): every active grid has a serving worker assigned by the county agency of its own county. */
final class Art12GridWorkers {

    private Art12GridWorkers() {
    }

    static void check(City c) {
        for (Grid g : c.activeGrids) {
            if (!staffed(c, g)) {
                c.violation("ZG-12-01", "Grid", g.id(), c.day);
            }
        }
    }

    private static boolean staffed(City c, Grid g) {
        for (Assignment a : c.activeAssignmentsOfGrid.getOrDefault(g.id(), List.of())) {
            Organisation by = c.orgs.get(a.assignedById());
            GridWorker w = c.workers.get(a.workerId());
            if (!by.isCountyGridAgency() || w == null || !w.servesOn(c.day)) {
                continue;
            }
            for (String code : g.divisionCodes()) {
                if (DivisionCodes.within(code, by.divisionCode())) {
                    return true;
                }
            }
        }
        return false;
    }
}
