package org.wangge.bench.baseline;

import java.time.LocalDateTime;
import org.wangge.kernel.model.cases.Case;
import org.wangge.kernel.model.organisation.DepartmentKind;
import org.wangge.kernel.model.organisation.Organisation;
import org.wangge.kernel.rules.facts.CaseDeadline;

/** Art. 23 (ZG-23-01): a case reporting obstruction of a worker goes to public security, within the local limit of acceptance. */
final class Art23Obstruction {

    private final City c;
    private final int routeDays;

    Art23Obstruction(City c) {
        this.c = c;
        routeDays = c.intParam("obstruction.route.limit.working-days");
    }

    void check(Case k) {
        if (!k.obstructionOfWorker()) {
            return;
        }
        String to = k.assignedDepartmentId();
        Organisation dept = to == null ? null : c.orgs.get(to);
        boolean publicSecurity = dept != null && dept.departmentKind() == DepartmentKind.PUBLIC_SECURITY;
        if (to != null && !publicSecurity) {
            LocalDateTime on = k.timeline().assigned() != null ? k.timeline().assigned() : k.timeline().collected();
            c.warning("ZG-23-01", "Case", k.id(), on.toLocalDate());
        }
        if (k.timeline().accepted() != null) {
            LocalDateTime deadline = CaseDeadline.workingDaysAfterOrNull(c.calendar, k.timeline().accepted(), routeDays);
            LocalDateTime done = to == null ? null : k.timeline().assigned();
            if (deadline != null && Art15Platform.missed(done, deadline, c) && (done == null || publicSecurity)) {
                c.warning("ZG-23-01", "Case", k.id(), deadline.toLocalDate());
            }
        }
    }
}
