package org.wangge.bench.baseline;

import java.time.LocalDateTime;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.rules.facts.CaseDeadline;
import org.wangge.kernel.rules.facts.Deadlines;

/** Art. 14 (ZG-14-01): a worker's case is resolved on the spot or reported within the local limit (hazards: the shorter one). */
final class Art14ResolveOrReport {

    private final City c;
    private final int hours;
    private final int hazardHours;

    Art14ResolveOrReport(City c) {
        this.c = c;
        hours = c.intParam("case.report.limit.hours");
        hazardHours = c.intParam("case.report.limit.hazard.hours");
    }

    void check(Case k) {
        if (k.collectedById() == null) {
            return;
        }
        LocalDateTime collected = k.timeline().collected();
        LocalDateTime deadline = Deadlines.hoursAfter(collected, CaseDeadline.isHazard(k) ? hazardHours : hours);
        if (Art15Platform.missed(CaseDeadline.earliest(k.timeline().resolvedOnSpot(), k.timeline().reported()), deadline, c)) {
            c.warning("ZG-14-01", "Case", k.id(), deadline.toLocalDate());
        }
    }
}
