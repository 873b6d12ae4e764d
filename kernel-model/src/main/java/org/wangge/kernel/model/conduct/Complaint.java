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
 * @param circumstances  the circumstances (情节) the investigating unit recorded with a substantiation (Art. 22), or null
 *                       when none are recorded
 */
public record Complaint(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotNull ConductKind allegation,
        @NotNull LocalDate receivedOn,
        String complainantRef,
        String caseId,
        @NotNull Substantiation substantiation,
        LocalDate decidedOn,
        Circumstances circumstances) {

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
        if (circumstances != null && substantiation != Substantiation.SUBSTANTIATED) {
            throw new org.wangge.kernel.model.ModelValidationException("Complaint.circumstances", circumstances.name(),
                    "circumstances (情节) are recorded only with a substantiation");
        }
    }

    /**
     * A complaint without recorded circumstances (as before Art. 22's circumstances were modelled).
     *
     * @param id             stable id
     * @param workerId       the worker complained of
     * @param allegation     the Art. 13 item alleged
     * @param receivedOn     when it was received
     * @param complainantRef a pseudonymous reference to the complainant
     * @param caseId         the case concerned, or null
     * @param substantiation pending, substantiated or not
     * @param decidedOn      when the investigation concluded, or null while pending
     */
    public Complaint(String id, String workerId, ConductKind allegation, LocalDate receivedOn, String complainantRef, String caseId,
            Substantiation substantiation, LocalDate decidedOn) {
        this(id, workerId, allegation, receivedOn, complainantRef, caseId, substantiation, decidedOn, null);
    }

    /** @return whether the complaint was substantiated */
    public boolean isSubstantiated() {
        return substantiation == Substantiation.SUBSTANTIATED;
    }
}
