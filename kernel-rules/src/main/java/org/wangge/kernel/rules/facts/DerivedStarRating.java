package org.wangge.kernel.rules.facts;

import java.time.LocalDate;

/**
 * A star rating derived from a grid's indicators by the analyst-editable star-rating table (Art. 17).
 *
 * @param gridId      the grid
 * @param periodStart first day of the period
 * @param periodEnd   last day of the period
 * @param stars       stars the table gives
 */
public record DerivedStarRating(String gridId, LocalDate periodStart, LocalDate periodEnd, int stars) {
}
