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
 */
public record InsurancePolicy(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotNull InsuranceKind kind,
        String purchasedById,
        @NotNull LocalDate from,
        LocalDate to) {

    /** Validates the coverage period. */
    public InsurancePolicy {
        id = Require.notBlank(id, "InsurancePolicy.id");
        workerId = Require.notBlank(workerId, "InsurancePolicy.workerId");
        Require.notNull(kind, "InsurancePolicy.kind");
        Require.ordered(from, to, "InsurancePolicy.from", "InsurancePolicy.to");
    }

    /**
     * @param day a day
     * @return whether the policy covers that day
     */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
