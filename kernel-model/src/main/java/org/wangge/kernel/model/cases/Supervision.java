package org.wangge.kernel.model.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.wangge.kernel.model.Require;

/**
 * A supervision record (督办) the grid agency issues on an overdue case (Art. 15 ¶1, ZG-15-06: within case.supervise.limit of a step becoming overdue under ZG-15-01…05).
 *
 * @param at     when
 * @param byId   the agency supervising
 * @param reason why, e.g. "feedback overdue"
 */
public record Supervision(@NotNull LocalDateTime at, @NotBlank String byId, String reason) {

    /** Validates required fields. */
    public Supervision {
        Require.notNull(at, "Supervision.at");
        byId = Require.notBlank(byId, "Supervision.byId");
    }
}
