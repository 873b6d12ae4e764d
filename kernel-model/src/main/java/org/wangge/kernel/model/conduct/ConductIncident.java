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
 */
public record ConductIncident(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotNull ConductKind kind,
        @NotNull LocalDate occurredOn,
        String caseId,
        String description,
        @NotNull Substantiation substantiation,
        LocalDate decidedOn) {

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
    }

    /** @return whether the incident was substantiated */
    public boolean isSubstantiated() {
        return substantiation == Substantiation.SUBSTANTIATED;
    }
}
