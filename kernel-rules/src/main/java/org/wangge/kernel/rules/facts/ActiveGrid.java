package org.wangge.kernel.rules.facts;

import org.wangge.kernel.model.grid.Grid;

/**
 * A grid in effect and active on the check date (definition, Art. 3 ¶1).
 *
 * @param grid the grid
 */
public record ActiveGrid(Grid grid) {

    /** @return the grid's id */
    public String id() {
        return grid.id();
    }
}
