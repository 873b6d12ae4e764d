package org.wangge.kernel.rules.facts;

import org.wangge.kernel.model.matter.MatterCategory;
import org.wangge.kernel.model.organisation.DepartmentKind;

/**
 * A department kind whose duties cover cases of a kind, as the analyst-editable routing table says
 * (Art. 15 ¶2, Art. 23). Inserted logically by the routing decision table for each {@link RoutingKey} in use.
 *
 * @param category            the cases' Art. 9 category
 * @param obstructionOfWorker whether the cases report obstruction of a grid worker
 * @param departmentKind      a kind of department responsible for them
 */
public record ResponsibleDepartment(MatterCategory category, boolean obstructionOfWorker, DepartmentKind departmentKind) {

    /**
     * @param key            the kind of case
     * @param departmentKind a kind of department responsible for it
     * @return the fact
     */
    public static ResponsibleDepartment of(RoutingKey key, DepartmentKind departmentKind) {
        return new ResponsibleDepartment(key.category(), key.obstructionOfWorker(), departmentKind);
    }
}
