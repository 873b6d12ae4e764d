package org.wangge.kernel.model.worker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;

/**
 * A labour contract (劳动用工合同) of a full-time grid worker (Art. 18 ¶2).
 *
 * @param id         stable id
 * @param workerId   the worker
 * @param employerId the employing organisation
 * @param from       first day in force
 * @param to         last day in force, or null for an open-ended contract
 */
public record LabourContract(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotBlank String employerId,
        @NotNull LocalDate from,
        LocalDate to) {

    /** Validates the period. */
    public LabourContract {
        id = Require.notBlank(id, "LabourContract.id");
        workerId = Require.notBlank(workerId, "LabourContract.workerId");
        employerId = Require.notBlank(employerId, "LabourContract.employerId");
        Require.ordered(from, to, "LabourContract.from", "LabourContract.to");
    }

    /**
     * @param day a day
     * @return whether the contract is in force on that day
     */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
