package org.wangge.kernel.model.worker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;

/**
 * The assignment (配备) of a grid worker to a grid by an organisation, normally the county agency (Art. 12 ¶1).
 *
 * @param id           stable id
 * @param workerId     the worker
 * @param gridId       the grid
 * @param assignedById the organisation that assigned the worker
 * @param from         first day
 * @param to           last day, or null while open
 */
public record Assignment(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotBlank String gridId,
        @NotBlank String assignedById,
        @NotNull LocalDate from,
        LocalDate to) {

    /** Validates the period. */
    public Assignment {
        id = Require.notBlank(id, "Assignment.id");
        workerId = Require.notBlank(workerId, "Assignment.workerId");
        gridId = Require.notBlank(gridId, "Assignment.gridId");
        assignedById = Require.notBlank(assignedById, "Assignment.assignedById");
        Require.ordered(from, to, "Assignment.from", "Assignment.to");
    }

    /**
     * @param day a day
     * @return whether the assignment is in force on that day
     */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
