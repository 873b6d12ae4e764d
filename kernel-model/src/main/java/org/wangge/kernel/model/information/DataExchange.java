package org.wangge.kernel.model.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.wangge.kernel.model.Require;

/**
 * An exchange or sharing of grid information between organisations (交互、共享, Art. 16).
 *
 * @param id          stable id
 * @param fromId      the providing organisation
 * @param toId        the receiving organisation
 * @param on          the day of the exchange
 * @param description what information, in words
 * @param legalBasis  the legal basis recorded, or null if none
 */
public record DataExchange(
        @NotBlank String id,
        @NotBlank String fromId,
        @NotBlank String toId,
        @NotNull LocalDate on,
        String description,
        String legalBasis) {

    /** Validates the record. */
    public DataExchange {
        id = Require.notBlank(id, "DataExchange.id");
        fromId = Require.notBlank(fromId, "DataExchange.fromId");
        toId = Require.notBlank(toId, "DataExchange.toId");
        Require.notNull(on, "DataExchange.on");
    }

    /** @return whether a legal basis is recorded */
    public boolean hasLegalBasis() {
        return legalBasis != null && !legalBasis.isBlank();
    }
}
