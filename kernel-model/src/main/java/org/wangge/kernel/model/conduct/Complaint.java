package org.wangge.kernel.model.conduct;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;

/**
 * A complaint (投诉) against a grid worker by a person served or anyone else (Art. 6 ¶2, 13).
 *
 * @param id             stable id
 * @param workerId       the worker complained of
 * @param allegation     the Art. 13 item alleged
 * @param receivedOn     when it was received
 * @param complainantRef a pseudonymous reference to the complainant (never a name or ID number)
 * @param caseId         the case concerned, or null
 * @param substantiation pending, substantiated or not
 * @param decidedOn      when the investigation concluded, or null while pending
 */
public record Complaint(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotNull ConductKind allegation,
        @NotNull LocalDate receivedOn,
        String complainantRef,
        String caseId,
        @NotNull Substantiation substantiation,
        LocalDate decidedOn) {

    /** Validates the record. */
    public Complaint {
        id = Require.notBlank(id, "Complaint.id");
        workerId = Require.notBlank(workerId, "Complaint.workerId");
        Require.notNull(allegation, "Complaint.allegation");
        Require.notNull(receivedOn, "Complaint.receivedOn");
        Require.notNull(substantiation, "Complaint.substantiation");
        if (substantiation != Substantiation.PENDING) {
            Require.notNull(decidedOn, "Complaint.decidedOn");
        }
        Require.ordered(receivedOn, decidedOn, "Complaint.receivedOn", "Complaint.decidedOn");
    }

    /** @return whether the complaint was substantiated */
    public boolean isSubstantiated() {
        return substantiation == Substantiation.SUBSTANTIATED;
    }
}
