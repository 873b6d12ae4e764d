package org.wangge.kernel.rules.facts;

import org.wangge.kernel.model.matter.MatterCategory;

/**
 * What the routing table (routing.drl.csv) is asked about a case: its Art. 9 category and whether it reports
 * obstruction of a grid worker (Art. 23). Derived once per kind of case rather than per case, so the table's rows
 * fire a few dozen times for a whole city instead of several times for each of its cases.
 *
 * @param category            the case's Art. 9 category
 * @param obstructionOfWorker whether the case reports obstruction of a grid worker
 */
public record RoutingKey(MatterCategory category, boolean obstructionOfWorker) {
}
