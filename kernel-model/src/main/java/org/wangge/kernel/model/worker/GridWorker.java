package org.wangge.kernel.model.worker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;
import org.wangge.kernel.model.identity.MobileNumber;
import org.wangge.kernel.model.identity.PersonName;
import org.wangge.kernel.model.identity.ResidentIdNumber;

/**
 * A grid worker (网格员, Art. 12). Personal information (name, ID number, phone) is masked in
 * {@link #toString()}; each value type has an explicit accessor for the raw value.
 *
 * @param id          stable id (not the ID number)
 * @param name        the worker's name
 * @param idNumber    resident identity number, optional
 * @param phone       mobile phone, as posted in the grid's public notice (Art. 21)
 * @param employment  full-time or part-time
 * @param serviceFrom first day of service
 * @param serviceTo   last day of service, or null while serving
 */
public record GridWorker(
        @NotBlank String id,
        @NotNull PersonName name,
        ResidentIdNumber idNumber,
        MobileNumber phone,
        @NotNull EmploymentType employment,
        @NotNull LocalDate serviceFrom,
        LocalDate serviceTo) {

    /** Validates required fields and the service period. */
    public GridWorker {
        id = Require.notBlank(id, "GridWorker.id");
        Require.notNull(name, "GridWorker.name");
        Require.notNull(employment, "GridWorker.employment");
        Require.ordered(serviceFrom, serviceTo, "GridWorker.serviceFrom", "GridWorker.serviceTo");
    }

    /**
     * @param day a day
     * @return whether the worker serves on that day
     */
    public boolean servesOn(LocalDate day) {
        return !day.isBefore(serviceFrom) && (serviceTo == null || !day.isAfter(serviceTo));
    }

    /** @return whether the worker is full-time (专职) */
    public boolean isFullTime() {
        return employment == EmploymentType.FULL_TIME;
    }
}
