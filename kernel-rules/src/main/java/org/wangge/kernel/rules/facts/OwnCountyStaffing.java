package org.wangge.kernel.rules.facts;

/**
 * A grid staffed on the check date by its own county (Art. 12 ¶1, ZG-12-01): an assignment in force, made by the
 * county-level grid agency of the county the grid lies in (the agency that divides it: 所划分网格), of a worker who
 * serves that day.
 *
 * @param gridId   the grid
 * @param workerId a worker who staffs it
 */
public record OwnCountyStaffing(String gridId, String workerId) {
}
