package org.wangge.kernel.model.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDateTime;
import org.wangge.kernel.model.ModelValidationException;
import org.wangge.kernel.model.Require;

/**
 * A disclosure or transfer of personal information by a grid worker (Art. 13(2)).
 *
 * @param id          stable id
 * @param workerId    the worker
 * @param at          when
 * @param kind        provide, transfer or publish
 * @param recipient   the party that received it
 * @param legalBasis  the law or regulation permitting it, or null if none recorded
 * @param caseId      the case concerned, or null
 * @param recordCount how many records
 */
public record PersonalInfoDisclosure(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotNull LocalDateTime at,
        @NotNull DisclosureKind kind,
        @NotBlank String recipient,
        String legalBasis,
        String caseId,
        @Positive int recordCount) {

    /** Validates the record. */
    public PersonalInfoDisclosure {
        id = Require.notBlank(id, "PersonalInfoDisclosure.id");
        workerId = Require.notBlank(workerId, "PersonalInfoDisclosure.workerId");
        Require.notNull(at, "PersonalInfoDisclosure.at");
        Require.notNull(kind, "PersonalInfoDisclosure.kind");
        recipient = Require.notBlank(recipient, "PersonalInfoDisclosure.recipient");
        if (recordCount < 1) {
            throw new ModelValidationException("PersonalInfoDisclosure.recordCount", Integer.toString(recordCount), "must be at least 1");
        }
    }

    /** @return whether a legal basis is recorded */
    public boolean hasLegalBasis() {
        return legalBasis != null && !legalBasis.isBlank();
    }
}
