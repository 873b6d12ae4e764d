package org.wangge.kernel.rules.facts;

import org.wangge.kernel.model.worker.Assignment;

/**
 * An assignment of a worker to a grid in force on the check date (definition, Art. 12 ¶1).
 *
 * @param assignment     the assignment
 * @param byCountyAgency whether a county-level grid agency made it
 */
public record ActiveAssignment(Assignment assignment, boolean byCountyAgency) {

    /** @return the worker's id */
    public String workerId() {
        return assignment.workerId();
    }

    /** @return the grid's id */
    public String gridId() {
        return assignment.gridId();
    }
}
