package org.wangge.kernel.model.worker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.wangge.kernel.model.Require;

/**
 * A visit check-in (走访打卡) of a grid worker, with the grid its location falls in as the host's
 * map service resolved it. A check-in outside the worker's grids is evidence of falsification (ZG-13-04).
 *
 * @param id              stable id
 * @param workerId        the worker
 * @param at              when (Beijing time)
 * @param locatedInGridId the grid the check-in location lies in, or null if outside every grid
 * @param caseId          the case the visit served, optional
 */
public record VisitCheckIn(
        @NotBlank String id,
        @NotBlank String workerId,
        @NotNull LocalDateTime at,
        String locatedInGridId,
        String caseId) {

    /** Validates required fields. */
    public VisitCheckIn {
        id = Require.notBlank(id, "VisitCheckIn.id");
        workerId = Require.notBlank(workerId, "VisitCheckIn.workerId");
        Require.notNull(at, "VisitCheckIn.at");
    }
}
