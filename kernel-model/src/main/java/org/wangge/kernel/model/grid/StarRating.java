package org.wangge.kernel.model.grid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;

/**
 * A grid's star rating (星级网格) for an assessment period (Art. 17 ¶1).
 *
 * @param id          stable id
 * @param gridId      the grid rated
 * @param periodStart first day of the assessment period
 * @param periodEnd   last day of the assessment period
 * @param stars       1 to 5 stars
 * @param ratedById   the agency that rated it
 */
public record StarRating(
        @NotBlank String id,
        @NotBlank String gridId,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @Min(1) @Max(5) int stars,
        @NotBlank String ratedById) {

    /** Validates the period and the number of stars. */
    public StarRating {
        id = Require.notBlank(id, "StarRating.id");
        gridId = Require.notBlank(gridId, "StarRating.gridId");
        Require.ordered(periodStart, periodEnd, "StarRating.periodStart", "StarRating.periodEnd");
        Require.notNull(periodEnd, "StarRating.periodEnd");
        if (stars < 1 || stars > 5) {
            throw new ModelValidationException("StarRating.stars", Integer.toString(stars), "must be 1 to 5");
        }
        ratedById = Require.notBlank(ratedById, "StarRating.ratedById");
    }

    /**
     * @param day a day
     * @return whether the rating's period covers the day
     */
    public boolean covers(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }
}
