package org.wangge.kernel.model.grid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;

/**
 * The indicators a grid's star rating is derived from (Art. 17), for one assessment period. The
 * analyst-editable star-rating table maps them to a number of stars.
 *
 * @param gridId                 the grid
 * @param periodStart            first day of the period
 * @param periodEnd              last day of the period
 * @param onTimeRatePercent      share of cases reported and fed back within their limits, 0–100
 * @param satisfactionPercent    residents' satisfaction in verification, 0–100
 * @param casesHandled           cases handled in the period
 * @param substantiatedComplaints complaints against the grid's workers found substantiated in the period
 */
public record GridIndicators(
        @NotBlank String gridId,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @PositiveOrZero @Max(100) int onTimeRatePercent,
        @PositiveOrZero @Max(100) int satisfactionPercent,
        @PositiveOrZero int casesHandled,
        @PositiveOrZero int substantiatedComplaints) {

    /** Validates ranges. */
    public GridIndicators {
        gridId = Require.notBlank(gridId, "GridIndicators.gridId");
        Require.ordered(periodStart, periodEnd, "GridIndicators.periodStart", "GridIndicators.periodEnd");
        Require.notNull(periodEnd, "GridIndicators.periodEnd");
        percent(onTimeRatePercent, "GridIndicators.onTimeRatePercent");
        percent(satisfactionPercent, "GridIndicators.satisfactionPercent");
        Require.notNegative(casesHandled, "GridIndicators.casesHandled");
        Require.notNegative(substantiatedComplaints, "GridIndicators.substantiatedComplaints");
    }

    private static void percent(int value, String field) {
        if (value < 0 || value > 100) {
            throw new ModelValidationException(field, Integer.toString(value), "must be a percentage 0–100");
        }
    }
}
