package org.wangge.kernel.process;

import java.util.Objects;
import org.wangge.kernel.model.cases.CaseSource;
import org.wangge.kernel.model.matter.MatterCategory;

/**
 * A case as a grid worker (or the platform) collects it (收集, Art. 9, 14).
 *
 * @param caseId              the host's stable id of the case
 * @param source              where it comes from
 * @param category            its Art. 9 item
 * @param safetyHazard        whether it is a safety hazard (shorter limits, Art. 9(6))
 * @param obstructionOfWorker whether it reports obstruction of a grid worker (Art. 23: routed to public security)
 * @param gridId              the grid it arose in
 * @param collectedById       the grid worker who collected it; required for worker discoveries and residents' demands
 * @param summary             what it is about, in words (no personal information)
 */
public record NewCase(String caseId, CaseSource source, MatterCategory category, boolean safetyHazard,
        boolean obstructionOfWorker, String gridId, String collectedById, String summary) {

    /** Requires the id, source, category and grid. */
    public NewCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(gridId, "gridId");
    }
}
