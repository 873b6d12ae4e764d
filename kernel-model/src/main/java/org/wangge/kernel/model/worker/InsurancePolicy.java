package org.wangge.kernel.model.worker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;

/**
 * An insurance covering a grid worker for a period (Art. 18 ¶2).
 *
 * @param id            stable id
 * @param workerId      the worker covered
 * @param kind          social, work-injury or personal accident insurance
 * @param purchasedById the organisation that bought it, optional
 * @param from          first day of cover
 * @param to            last day of cover, or null while open
 * @param registeredOn  the day the insurance was registered or bought (社会保险登记, 购买), or null when the record does
 *                      not say: then taken as its first day of cover. Social Insurance Law Art. 58: registration within
 *                      30 days of starting work.
 */
public record InsurancePolicy(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotNull InsuranceKind kind,
        String purchasedById,
        @NotNull LocalDate from,
        LocalDate to,
        LocalDate registeredOn) {

    /** Validates the coverage period. */
    public InsurancePolicy {
        id = Require.notBlank(id, "InsurancePolicy.id");
        workerId = Require.notBlank(workerId, "InsurancePolicy.workerId");
        Require.notNull(kind, "InsurancePolicy.kind");
        Require.ordered(from, to, "InsurancePolicy.from", "InsurancePolicy.to");
    }

    /**
     * A policy whose registration day is not recorded (taken as its first day of cover).
     *
     * @param id            stable id
     * @param workerId      the worker covered
     * @param kind          the kind of insurance
     * @param purchasedById the organisation that bought it, optional
     * @param from          first day of cover
     * @param to            last day of cover, or null
     */
    public InsurancePolicy(String id, String workerId, InsuranceKind kind, String purchasedById, LocalDate from, LocalDate to) {
        this(id, workerId, kind, purchasedById, from, to, null);
    }

    /**
     * @return the first day the worker is covered by this registered insurance: its first day of cover, or, when it was
     *         registered later than that, the day after registration
     */
    public LocalDate coveredFrom() {
        return registeredOn != null && registeredOn.isAfter(from) ? registeredOn.plusDays(1) : from;
    }

    /**
     * @param day a day
     * @return whether the policy covers that day
     */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
