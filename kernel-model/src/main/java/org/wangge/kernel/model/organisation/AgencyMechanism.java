package org.wangge.kernel.model.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;

/**
 * A working mechanism or system a grid agency has established (建立) or put in place (推行), recorded by the document
 * that established it (Art. 17 ¶1).
 *
 * @param id         stable id
 * @param agencyId   the city- or county-level grid agency
 * @param kind       which mechanism: hiring, management, training, assessment, incentive, or the star-rated grid system
 * @param document   the document that established it, e.g. its title or number (文号), optional
 * @param adoptedOn  the day it took effect
 * @param repealedOn the last day it was in effect, or null while in effect
 */
public record AgencyMechanism(
        @NotBlank String id,
        @NotBlank String agencyId,
        @NotNull MechanismKind kind,
        String document,
        @NotNull LocalDate adoptedOn,
        LocalDate repealedOn) {

    /** Validates the record. */
    public AgencyMechanism {
        id = Require.notBlank(id, "AgencyMechanism.id");
        agencyId = Require.notBlank(agencyId, "AgencyMechanism.agencyId");
        Require.notNull(kind, "AgencyMechanism.kind");
        Require.ordered(adoptedOn, repealedOn, "AgencyMechanism.adoptedOn", "AgencyMechanism.repealedOn");
    }

    /**
     * @param day a day
     * @return whether the mechanism is in effect on that day
     */
    public boolean inEffectOn(LocalDate day) {
        return !day.isBefore(adoptedOn) && (repealedOn == null || !day.isAfter(repealedOn));
    }
}
