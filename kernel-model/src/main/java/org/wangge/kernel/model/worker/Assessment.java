package org.wangge.kernel.model.worker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;

/**
 * An assessment (考核) of a grid worker for an assessment period (Art. 17 ¶1).
 *
 * @param id           stable id
 * @param workerId     the worker assessed
 * @param periodStart  first day of the period
 * @param periodEnd    last day of the period
 * @param assessedById the agency that assessed
 * @param grade        the result, in the agency's own terms (e.g. 优秀, 合格)
 */
public record Assessment(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotBlank String assessedById,
        @NotBlank String grade) {

    /** Validates the period. */
    public Assessment {
        id = Require.notBlank(id, "Assessment.id");
        workerId = Require.notBlank(workerId, "Assessment.workerId");
        Require.ordered(periodStart, periodEnd, "Assessment.periodStart", "Assessment.periodEnd");
        Require.notNull(periodEnd, "Assessment.periodEnd");
        assessedById = Require.notBlank(assessedById, "Assessment.assessedById");
        grade = Require.notBlank(grade, "Assessment.grade");
    }
}
