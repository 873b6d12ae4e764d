package org.wangge.kernel.model.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;

/**
 * A department's or unit's engagement of grids for its work (依托网格开展工作, Art. 11).
 *
 * @param id                  stable id
 * @param departmentId        the department or unit relying on the grids
 * @param gridIds             the grids it relies on
 * @param purpose             what work, in words
 * @param consentById         the organisation that consented (must be the city agency), or null
 * @param consentDate         the day of consent, or null
 * @param personnelAllocated  people allocated to the grids
 * @param fundsAllocated      funds allocated to the grids, in yuan
 * @param support             the help it provides: training, guidance, working conditions, information
 * @param from                first day of the engagement
 * @param to                  last day, or null while open
 */
public record Engagement(
        @NotBlank String id,
        @NotBlank String departmentId,
        @NotEmpty Set<String> gridIds,
        String purpose,
        String consentById,
        LocalDate consentDate,
        @PositiveOrZero int personnelAllocated,
        @NotNull @PositiveOrZero BigDecimal fundsAllocated,
        Set<SupportKind> support,
        @NotNull LocalDate from,
        LocalDate to) {

    /** Validates the engagement. */
    public Engagement {
        id = Require.notBlank(id, "Engagement.id");
        departmentId = Require.notBlank(departmentId, "Engagement.departmentId");
        gridIds = Require.set(gridIds, "Engagement.gridIds");
        if (gridIds.isEmpty()) {
            throw new ModelValidationException("Engagement.gridIds", "[]", "engagement " + id + " must name the grids it relies on");
        }
        Require.notNegative(personnelAllocated, "Engagement.personnelAllocated");
        if (fundsAllocated == null) {
            fundsAllocated = BigDecimal.ZERO;
        }
        if (fundsAllocated.signum() < 0) {
            throw new ModelValidationException("Engagement.fundsAllocated", fundsAllocated.toPlainString(), "must be zero or more");
        }
        support = Require.set(support, "Engagement.support");
        Require.ordered(from, to, "Engagement.from", "Engagement.to");
        if (consentById == null && consentDate != null) {
            throw new ModelValidationException("Engagement.consentById", "null",
                    "engagement " + id + " has a consent date but no consenting organisation");
        }
    }

    /**
     * @param day a day
     * @return whether the engagement runs on that day
     */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
