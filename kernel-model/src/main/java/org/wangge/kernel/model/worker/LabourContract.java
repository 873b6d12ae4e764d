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
 * @param signedOn   the day the written contract was signed (订立书面劳动合同), or null when the record does not say: then
 *                   taken as its first day in force. Labour Contract Law Art. 10: within one month of starting work.
 */
public record LabourContract(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotBlank String employerId,
        @NotNull LocalDate from,
        LocalDate to,
        LocalDate signedOn) {

    /** Validates the period. */
    public LabourContract {
        id = Require.notBlank(id, "LabourContract.id");
        workerId = Require.notBlank(workerId, "LabourContract.workerId");
        employerId = Require.notBlank(employerId, "LabourContract.employerId");
        Require.ordered(from, to, "LabourContract.from", "LabourContract.to");
    }

    /**
     * A contract whose signing day is not recorded (taken as its first day in force).
     *
     * @param id         stable id
     * @param workerId   the worker
     * @param employerId the employing organisation
     * @param from       first day in force
     * @param to         last day in force, or null
     */
    public LabourContract(String id, String workerId, String employerId, LocalDate from, LocalDate to) {
        this(id, workerId, employerId, from, to, null);
    }

    /**
     * @return the first day the worker works under this signed written contract: its first day in force, or, when it was
     *         signed later than that, the day after it was signed (the signing day itself was worked without it)
     */
    public LocalDate coveredFrom() {
        return signedOn != null && signedOn.isAfter(from) ? signedOn.plusDays(1) : from;
    }

    /**
     * @param day a day
     * @return whether the contract is in force on that day
     */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
