package org.wangge.kernel.model.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDateTime;
import org.wangge.kernel.model.Require;

/**
 * A grid worker's access to personal information (个人信息) held on the platform (Art. 13(2)).
 *
 * @param id               stable id
 * @param workerId         the worker
 * @param at               when (Beijing time)
 * @param kind             view, export or edit
 * @param residentRef      a pseudonymous reference to the resident whose data was accessed (never the ID number)
 * @param residentGridId   the grid the resident lives in
 * @param purpose          the purpose stated, or null
 * @param caseId           the case the access served, or null
 * @param matterId         the matter the access served, or null
 * @param authorisationRef the authorisation for access outside the worker's grids, or null
 * @param recordCount      how many records were accessed (1 for a view)
 */
public record PersonalInfoAccess(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotNull LocalDateTime at,
        @NotNull AccessKind kind,
        String residentRef,
        String residentGridId,
        String purpose,
        String caseId,
        String matterId,
        String authorisationRef,
        @Positive int recordCount) {

    /** Validates the record. */
    public PersonalInfoAccess {
        id = Require.notBlank(id, "PersonalInfoAccess.id");
        workerId = Require.notBlank(workerId, "PersonalInfoAccess.workerId");
        Require.notNull(at, "PersonalInfoAccess.at");
        Require.notNull(kind, "PersonalInfoAccess.kind");
        if (recordCount < 1) {
            throw new org.wangge.kernel.model.ModelValidationException("PersonalInfoAccess.recordCount",
                    Integer.toString(recordCount), "must be at least 1");
        }
    }

    /** @return whether the access is tied to a case or a matter */
    public boolean hasPurposeTiedToWork() {
        return purpose != null && !purpose.isBlank() && (caseId != null || matterId != null);
    }

    /** @return whether an authorisation is recorded */
    public boolean isAuthorised() {
        return authorisationRef != null && !authorisationRef.isBlank();
    }
}
