package org.wangge.kernel.model.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;

/**
 * A government's budget year and the grid funding it includes (纳入同级预算, Art. 19).
 *
 * @param id           stable id
 * @param governmentId the people's government
 * @param year         the budget year
 * @param gridFunding  the funding for grid work in that budget, in yuan (zero if none)
 * @param approvedOn   the day the budget was approved (批准), or null when the record does not say: then taken as approved
 *                     on the first day of its year
 */
public record Budget(
        @NotBlank String id,
        @NotBlank String governmentId,
        int year,
        @NotNull @PositiveOrZero BigDecimal gridFunding,
        LocalDate approvedOn) {

    /** Validates the record. */
    public Budget {
        id = Require.notBlank(id, "Budget.id");
        governmentId = Require.notBlank(governmentId, "Budget.governmentId");
        if (year < 2000 || year > 2999) {
            throw new ModelValidationException("Budget.year", Integer.toString(year), "must be a calendar year such as 2025");
        }
        Require.notNull(gridFunding, "Budget.gridFunding");
        if (gridFunding.signum() < 0) {
            throw new ModelValidationException("Budget.gridFunding", gridFunding.toPlainString(), "must be zero or more");
        }
    }

    /**
     * A budget whose approval day is not recorded (taken as the first day of its year).
     *
     * @param id           stable id
     * @param governmentId the people's government
     * @param year         the budget year
     * @param gridFunding  the funding for grid work, in yuan
     */
    public Budget(String id, String governmentId, int year, BigDecimal gridFunding) {
        this(id, governmentId, year, gridFunding, null);
    }

    /** @return the day it was approved, or the first day of its year when that is not recorded */
    public LocalDate approvedOrYearStart() {
        return approvedOn == null ? LocalDate.of(year, 1, 1) : approvedOn;
    }

    /**
     * @param day a day
     * @return whether the budget is approved on that day
     */
    public boolean isApprovedOn(LocalDate day) {
        return !approvedOrYearStart().isAfter(day);
    }
}
