package org.wangge.kernel.model.conduct;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;

/**
 * An incident of possible misconduct by a grid worker found by inspection, audit or a detected
 * finding (Art. 13), with the outcome of its investigation.
 *
 * @param id            stable id
 * @param workerId      the worker concerned
 * @param kind          the Art. 13 item alleged
 * @param occurredOn    when it happened
 * @param caseId        the case concerned, or null
 * @param description   what happened (no personal information of third parties)
 * @param substantiation pending, substantiated or not
 * @param decidedOn     when the investigation concluded, or null while pending
 * @param circumstances the circumstances (情节) the investigating unit recorded with a substantiation (Art. 22), or null
 *                      when none are recorded
 */
public record ConductIncident(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotNull ConductKind kind,
        @NotNull LocalDate occurredOn,
        String caseId,
        String description,
        @NotNull Substantiation substantiation,
        LocalDate decidedOn,
        Circumstances circumstances) {

    /** Validates the record. */
    public ConductIncident {
        id = Require.notBlank(id, "ConductIncident.id");
        workerId = Require.notBlank(workerId, "ConductIncident.workerId");
        Require.notNull(kind, "ConductIncident.kind");
        Require.notNull(occurredOn, "ConductIncident.occurredOn");
        Require.notNull(substantiation, "ConductIncident.substantiation");
        if (substantiation != Substantiation.PENDING) {
            Require.notNull(decidedOn, "ConductIncident.decidedOn");
        }
        Require.ordered(occurredOn, decidedOn, "ConductIncident.occurredOn", "ConductIncident.decidedOn");
        if (circumstances != null && substantiation != Substantiation.SUBSTANTIATED) {
            throw new org.wangge.kernel.model.ModelValidationException("ConductIncident.circumstances", circumstances.name(),
                    "circumstances (情节) are recorded only with a substantiation");
        }
    }

    /**
     * An incident without recorded circumstances (as before Art. 22's circumstances were modelled).
     *
     * @param id             stable id
     * @param workerId       the worker concerned
     * @param kind           the Art. 13 item alleged
     * @param occurredOn     when it happened
     * @param caseId         the case concerned, or null
     * @param description    what happened
     * @param substantiation pending, substantiated or not
     * @param decidedOn      when the investigation concluded, or null while pending
     */
    public ConductIncident(String id, String workerId, ConductKind kind, LocalDate occurredOn, String caseId, String description,
            Substantiation substantiation, LocalDate decidedOn) {
        this(id, workerId, kind, occurredOn, caseId, description, substantiation, decidedOn, null);
    }

    /** @return whether the incident was substantiated */
    public boolean isSubstantiated() {
        return substantiation == Substantiation.SUBSTANTIATED;
    }
}
