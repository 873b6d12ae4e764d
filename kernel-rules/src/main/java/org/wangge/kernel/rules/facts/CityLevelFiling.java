package org.wangge.kernel.rules.facts;

import java.time.LocalDate;
import org.wangge.kernel.model.grid.Filing;

/**
 * A filing (备案) of a grid change made with the city-level grid agency on or before the check date
 * (Art. 7 ¶2). A filing with any other organisation is not one.
 *
 * @param filing the filing record
 */
public record CityLevelFiling(Filing filing) {

    /** @return the change filed */
    public String gridChangeId() {
        return filing.gridChangeId();
    }

    /** @return the day it was filed */
    public LocalDate filedOn() {
        return filing.filedOn();
    }
}
