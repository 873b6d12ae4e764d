package org.wangge.kernel.model.grid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;

/**
 * A filing record (备案) of a grid change with the city-level grid agency (Art. 7 ¶2).
 *
 * @param id            stable id
 * @param gridChangeId  the change filed
 * @param filedWithId   the organisation it was filed with (must be the city agency)
 * @param filedOn       the day it was filed
 * @param reference     the filing's reference number, optional
 */
public record Filing(
        @NotBlank String id,
        @NotBlank String gridChangeId,
        @NotBlank String filedWithId,
        @NotNull LocalDate filedOn,
        String reference) {

    /** Validates required fields. */
    public Filing {
        id = Require.notBlank(id, "Filing.id");
        gridChangeId = Require.notBlank(gridChangeId, "Filing.gridChangeId");
        filedWithId = Require.notBlank(filedWithId, "Filing.filedWithId");
        Require.notNull(filedOn, "Filing.filedOn");
    }
}
