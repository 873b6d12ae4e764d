package org.wangge.kernel.model.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;

/**
 * A commendation or reward (表扬奖励) a grid agency gave a unit or an individual for an outstanding contribution to grid
 * work (Art. 17 ¶2). Model only: the paragraph binds the agency where a contribution has been judged outstanding, which
 * the platform's records cannot establish, so no constraint checks it.
 *
 * @param id           stable id
 * @param agencyId     the grid agency that gave it
 * @param recipientId  the unit (an organisation id) or the individual (a worker or volunteer id) commended
 * @param individual   whether the recipient is an individual (个人) rather than a unit (单位)
 * @param on           the day it was given
 * @param contribution what the contribution was, optional
 */
public record Commendation(
        @NotBlank String id,
        @NotBlank String agencyId,
        @NotBlank String recipientId,
        boolean individual,
        @NotNull LocalDate on,
        String contribution) {

    /** Validates the record. */
    public Commendation {
        id = Require.notBlank(id, "Commendation.id");
        agencyId = Require.notBlank(agencyId, "Commendation.agencyId");
        recipientId = Require.notBlank(recipientId, "Commendation.recipientId");
        Require.notNull(on, "Commendation.on");
    }
}
